package jp.kyoso.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One batch of the relay's pipeline: rows read from the outbox as Kafka records, how far they reach, and Kafka's
 * acknowledgement of all of them as one future, so that the relay can wait for it or for its next read, whichever
 * comes first. The records are let go once sent: the producer has copied them, and holding every batch in flight made
 * each young collection of the service's small heap copy them again.
 */
final class RelayBatch {

    private final long through;
    private final int size;
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final AtomicInteger unacknowledged;
    /** Until sent. */
    private List<ProducerRecord<byte[], byte[]>> records;
    private Duration timeout;
    private long deadline;

    private RelayBatch(List<ProducerRecord<byte[], byte[]>> records, long through) {
        this.records = records;
        this.through = through;
        this.size = records.size();
        this.unacknowledged = new AtomicInteger(size);
    }

    /** @param rows in {@code seq} order, at least one */
    static RelayBatch of(List<OutboxRow> rows) {
        return new RelayBatch(rows.stream().map(OutboxRelay::toRecord).toList(), rows.get(rows.size() - 1).seq());
    }

    /** The topics its records go to. */
    List<String> topics() {
        return records.stream().map(ProducerRecord::topic).distinct().toList();
    }

    /**
     * Hands every record to the producer in {@code seq} order, without waiting for Kafka.
     *
     * @param timeout how long Kafka has, from now, to acknowledge the whole batch
     */
    void send(Producer<byte[], byte[]> producer, Duration timeout) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
        for (ProducerRecord<byte[], byte[]> record : records) {
            producer.send(record, this::onAcknowledgement);
        }
        records = null;
    }

    /** On the producer's I/O thread: kept to a count. */
    private void onAcknowledgement(RecordMetadata metadata, Exception failure) {
        if (failure != null) {
            acknowledged.completeExceptionally(failure);
        } else if (unacknowledged.decrementAndGet() == 0) {
            acknowledged.complete(null);
        }
    }

    /** The relay's position once this batch is on Kafka. */
    long through() {
        return through;
    }

    int size() {
        return size;
    }

    /** Completes when Kafka has taken every row, or exceptionally with the first refusal. */
    CompletableFuture<Void> acknowledged() {
        return acknowledged;
    }

    /** @return nanoseconds left until Kafka's time to acknowledge the batch is up; negative when it is past */
    long nanosLeft() {
        return deadline - System.nanoTime();
    }

    /**
     * @return whether Kafka has acknowledged every row
     * @throws IllegalStateException when Kafka refused a row or its time is up
     */
    boolean isAcknowledged() {
        if (acknowledged.isDone()) {
            try {
                acknowledged.join();
                return true;
            } catch (CompletionException e) {
                throw new IllegalStateException("Kafka did not take an event of the batch", e.getCause());
            }
        }
        if (nanosLeft() <= 0) {
            throw new IllegalStateException("Kafka did not acknowledge the batch in " + timeout, new TimeoutException());
        }
        return false;
    }
}
