package jp.kyoso.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One batch of the relay's pipeline once handed to the producer: how far it reaches, and Kafka's acknowledgement of
 * all its rows as one future, so that the relay can wait for it or for its next read, whichever comes first. The rows
 * themselves are not kept: the producer has copied them, and holding every batch in flight made each young
 * collection of the service's small heap copy them again.
 */
final class RelayBatch {

    private final long through;
    private final int size;
    private final Duration timeout;
    private final long deadline;
    private final AtomicInteger unacknowledged;
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();

    private RelayBatch(long through, int size, Duration timeout) {
        this.through = through;
        this.size = size;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.unacknowledged = new AtomicInteger(size);
    }

    /**
     * Hands every row to the producer in {@code seq} order, without waiting for Kafka.
     *
     * @param rows in {@code seq} order, at least one
     * @param timeout how long Kafka has, from now, to acknowledge the whole batch
     */
    static RelayBatch send(List<OutboxRow> rows, Producer<byte[], byte[]> producer, Duration timeout) {
        RelayBatch batch = new RelayBatch(rows.get(rows.size() - 1).seq(), rows.size(), timeout);
        for (OutboxRow row : rows) {
            producer.send(OutboxRelay.toRecord(row), batch::onAcknowledgement);
        }
        return batch;
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
