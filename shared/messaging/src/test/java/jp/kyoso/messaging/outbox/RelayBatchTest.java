package jp.kyoso.messaging.outbox;

import static jp.kyoso.messaging.outbox.OutboxRows.proposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The batch's bookkeeping of Kafka's answers; the relay against a real broker is {@code OutboxRelayIT}'s. */
class RelayBatchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(false, new ByteArraySerializer(), new ByteArraySerializer());

    @Test
    void aBatchIsAcknowledgedOnlyOnceKafkaHasTakenEveryRow() {
        RelayBatch batch = RelayBatch.of(List.of(proposal(7, "a"), proposal(8, "b"), proposal(9, "a")));
        assertEquals(List.of("citylab.proposal.events"), batch.topics());
        batch.send(producer, TIMEOUT);

        assertEquals(List.of("a", "b", "a"), producer.history().stream()
                .map(record -> new String(record.key(), StandardCharsets.UTF_8)).toList(), "handed over in seq order");
        producer.completeNext();
        producer.completeNext();
        assertFalse(batch.isAcknowledged());
        assertFalse(batch.acknowledged().isDone());

        producer.completeNext();
        assertTrue(batch.isAcknowledged());
        assertEquals(9, batch.through());
        assertEquals(3, batch.size());
    }

    @Test
    void aRowKafkaRefusedFailsTheWholeBatch() {
        RelayBatch batch = RelayBatch.of(List.of(proposal(1, "a"), proposal(2, "a")));
        batch.send(producer, TIMEOUT);
        RuntimeException refusal = new RuntimeException("NOT_ENOUGH_REPLICAS");

        producer.errorNext(refusal);

        IllegalStateException failure = assertThrows(IllegalStateException.class, batch::isAcknowledged);
        assertSame(refusal, failure.getCause());
        producer.completeNext();
        assertThrows(IllegalStateException.class, batch::isAcknowledged, "a later acknowledgement changes nothing");
    }

    @Test
    void aBatchKafkaHasNotAnsweredInTimeFails() {
        RelayBatch batch = RelayBatch.of(List.of(proposal(1, "a")));
        batch.send(producer, Duration.ZERO);

        IllegalStateException failure = assertThrows(IllegalStateException.class, batch::isAcknowledged);
        assertTrue(failure.getMessage().contains("did not acknowledge"), failure.getMessage());
    }
}
