package jp.kyoso.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import jp.kyoso.messaging.kafka.KafkaUnavailableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void anUnreachableDatabaseOrBrokerIsWaitedOutNotDeadLettered() {
        assertTrue(Failures.isInfrastructure(new RuntimeException(new SQLTransientConnectionException("pool timeout"))));
        assertTrue(Failures.isInfrastructure(new IllegalStateException(new SQLException("refused", "08001"))));
        assertTrue(Failures.isInfrastructure(new SQLException("terminating connection", "57P01")));
        assertTrue(Failures.isInfrastructure(new KafkaUnavailableException("down", null)));
        assertTrue(Failures.isInfrastructure(new TimeoutException("metadata")));
    }

    @Test
    void aBrokenEventOrHandlerBugIsNotInfrastructure() {
        assertFalse(Failures.isInfrastructure(new IllegalArgumentException("unknown organisation type")));
        assertFalse(Failures.isInfrastructure(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isInfrastructure(new PoisonEventException("no ce_id")));
    }
}
