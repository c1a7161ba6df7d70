package jp.kyoso.messaging.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import jp.kyoso.messaging.kafka.KafkaUnavailableException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure of the infrastructure (wait and retry the same event, however long it takes) from a failure of the
 * event itself (after a few tries it is a poison message and goes to the dead-letter topic).
 */
final class Failures {

    private Failures() {
    }

    static boolean isInfrastructure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof KafkaUnavailableException || cause instanceof RetriableException) {
                return true;
            }
            // SQLState class 08 is a connection failure, 57P an administrator shutting the server down.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }
}
