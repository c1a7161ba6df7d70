package jp.kyoso.messaging.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The positions after handled records, committed at most once a second (and when partitions are revoked or the
 * consumer closes): each commit is a broker write and a round trip before the next poll, and the inbox already makes
 * a redelivery harmless, so committing after every small poll only cost freshness and broker CPU.
 */
final class OffsetCommits {

    private static final Logger LOG = LoggerFactory.getLogger(OffsetCommits.class);
    private static final long INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private long lastCommit = System.nanoTime();

    OffsetCommits(KafkaConsumer<byte[], byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Remembers positions after handled records; sent by the next {@link #flush}. */
    void add(Map<TopicPartition, OffsetAndMetadata> offsets) {
        uncommitted.putAll(offsets);
    }

    /** Forgets positions not yet sent, so that they cannot overwrite a rewind committed meanwhile. */
    void discard() {
        uncommitted.clear();
    }

    void flushWhenDue() {
        if (System.nanoTime() - lastCommit >= INTERVAL_NANOS) {
            flush();
        }
    }

    void flush() {
        lastCommit = System.nanoTime();
        if (uncommitted.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(uncommitted);
        uncommitted.clear();
        try {
            consumer.commitSync(offsets, Duration.ofSeconds(10));
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // Handled events are in the inbox already; redelivery after a failed commit changes nothing.
            LOG.warn("Offset commit failed, events may be redelivered and skipped: {}", e.toString());
        }
    }
}
