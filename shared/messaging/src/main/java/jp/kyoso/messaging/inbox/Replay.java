package jp.kyoso.messaging.inbox;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rebuild of the service's {@link Projection}s: requested from any thread, carried out by the poll loop between
 * polls. It empties the projections and forgets the inbox in one transaction, then reads every topic again from the
 * start. Safe against a crash at any step: the offsets go back to the start before anything is deleted, so a restart
 * either replays into an intact inbox (every event a duplicate) or into an empty one (a full rebuild). Assumes this
 * instance holds all partitions, as one consumer per service does.
 */
final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    private final TransactionOperations<Connection> transactions;
    private final InboxRows inbox;
    private final List<Projection> projections;
    private final InboxMetrics metrics;
    private volatile ReplayStatus status = ReplayStatus.IDLE;
    private Map<TopicPartition, Long> end = Map.of();
    private double handledBefore;

    Replay(TransactionOperations<Connection> transactions, InboxRows inbox, List<Projection> projections,
           InboxMetrics metrics) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.projections = List.copyOf(projections);
        this.metrics = metrics;
    }

    /** @return the new status, or the current one when a replay is already requested or running */
    synchronized ReplayStatus request() {
        if (status.state() == ReplayStatus.State.REQUESTED || status.state() == ReplayStatus.State.REPLAYING) {
            return status;
        }
        status = new ReplayStatus(ReplayStatus.State.REQUESTED, Instant.now(), null, 0);
        return status;
    }

    ReplayStatus status() {
        ReplayStatus current = status;
        if (current.state() == ReplayStatus.State.REPLAYING) {
            return new ReplayStatus(current.state(), current.requestedAt(), null, replayedSoFar());
        }
        return current;
    }

    /** Called by the poll loop before each poll. */
    void startWhenRequested(KafkaConsumer<byte[], byte[]> consumer, OffsetCommits commits) {
        if (status.state() != ReplayStatus.State.REQUESTED || consumer.assignment().isEmpty()) {
            return;
        }
        try {
            start(consumer, commits);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (RuntimeException e) {
            // Still REQUESTED: tried again after the next poll, once the database or broker is back.
            LOG.warn("Cannot start the replay yet: {}", e.toString());
        }
    }

    /** Called by the poll loop after each poll. */
    void finishWhenCaughtUp(KafkaConsumer<byte[], byte[]> consumer) {
        if (status.state() != ReplayStatus.State.REPLAYING) {
            return;
        }
        for (Map.Entry<TopicPartition, Long> partitionEnd : end.entrySet()) {
            if (consumer.position(partitionEnd.getKey()) < partitionEnd.getValue()) {
                return;
            }
        }
        long replayed = replayedSoFar();
        status = new ReplayStatus(ReplayStatus.State.DONE, status.requestedAt(), Instant.now(), replayed);
        LOG.info("Replay finished: {} events handled again", replayed);
    }

    private void start(KafkaConsumer<byte[], byte[]> consumer, OffsetCommits commits) {
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
        consumer.beginningOffsets(partitions)
                .forEach((partition, offset) -> rewound.put(partition, new OffsetAndMetadata(offset)));
        commits.discard(); // older positions must not overwrite the rewind
        consumer.commitSync(rewound, Duration.ofSeconds(10));
        transactions.executeWrite(transaction -> {
            inbox.forgetAll(transaction.getConnection());
            for (Projection projection : projections) {
                projection.reset(transaction.getConnection());
            }
            return null;
        });
        consumer.seekToBeginning(partitions);
        end = consumer.endOffsets(partitions);
        handledBefore = metrics.handled().count();
        status = new ReplayStatus(ReplayStatus.State.REPLAYING, status.requestedAt(), null, 0);
        LOG.info("Replaying {} partitions from the start to rebuild {} projection(s)", partitions.size(),
                projections.size());
    }

    private long replayedSoFar() {
        return (long) (metrics.handled().count() - handledBefore);
    }
}
