package jp.kyoso.messaging.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One batch of the relay's pipeline: rows read from the outbox, handed to the producer, and Kafka's acknowledgement
 * of each of them.
 */
final class RelayBatch {

    private final List<OutboxRow> rows;
    private final List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();

    /** @param rows in {@code seq} order, at least one */
    RelayBatch(List<OutboxRow> rows) {
        this.rows = rows;
    }

    List<OutboxRow> rows() {
        return rows;
    }

    /** The relay's position once this batch is on Kafka. */
    long through() {
        return rows.get(rows.size() - 1).seq();
    }

    /** Hands every row to the producer in {@code seq} order, without waiting for Kafka. */
    void send(KafkaProducer<byte[], byte[]> producer) {
        for (OutboxRow row : rows) {
            acknowledgements.add(producer.send(OutboxRelay.toRecord(row)));
        }
    }

    /**
     * Waits for every acknowledgement.
     *
     * @throws IllegalStateException when Kafka refused a row or did not answer within {@code timeout}
     */
    void awaitAcknowledged(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            try {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka did not take an event of the batch", e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge the batch in " + timeout, e);
            }
        }
    }
}
