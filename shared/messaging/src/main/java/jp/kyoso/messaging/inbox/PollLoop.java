package jp.kyoso.messaging.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.kyoso.events.Topics;
import jp.kyoso.messaging.config.MessagingSettings;
import jp.kyoso.messaging.kafka.KafkaClients;
import jp.kyoso.messaging.kafka.TopicInitializer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer thread: creates the topics, subscribes, and per poll tries the whole poll at once
 * ({@link BatchDelivery}), falling back to one record at a time ({@link RecordDelivery}); when the infrastructure
 * fails it rewinds to the record not handled, so the next poll delivers exactly what is left. Between polls it
 * starts and finishes a requested {@link Replay} and commits offsets ({@link OffsetCommits}).
 */
final class PollLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Subscriptions subscriptions;
    private final KafkaClients clients;
    private final TopicInitializer topicInitializer;
    private final MessagingSettings settings;
    private final BatchDelivery batch;
    private final RecordDelivery single;
    private final Replay replay;
    private final String consumerName;
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    PollLoop(Subscriptions subscriptions, KafkaClients clients, TopicInitializer topicInitializer,
             MessagingSettings settings, BatchDelivery batch, RecordDelivery single, Replay replay,
             String consumerName) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.topicInitializer = topicInitializer;
        this.settings = settings;
        this.batch = batch;
        this.single = single;
        this.replay = replay;
        this.consumerName = consumerName;
    }

    @Override
    public void run() {
        OffsetCommits commits = null;
        try {
            createTopics();
            consumer = clients.consumer(consumerName, settings.consumerFetchWait());
            OffsetCommits offsets = new OffsetCommits(consumer);
            commits = offsets;
            consumer.subscribe(subscriptions.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    offsets.flush(); // what this instance handled, before another one takes the partitions over
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // positions come from the committed offsets
                }
            });
            while (running) {
                replay.startWhenRequested(consumer, offsets);
                consume(consumer.poll(POLL), offsets);
                offsets.flushWhenDue();
                replay.finishWhenCaughtUp(consumer);
            }
        } catch (WakeupException | InterruptedException | InterruptException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.error("Inbox consumer stopped by an unexpected failure", e);
        } finally {
            closeQuietly(commits);
        }
    }

    /** Ends the loop: the current poll returns at once. */
    void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void createTopics() throws InterruptedException {
        List<String> all = new ArrayList<>(subscriptions.topics());
        subscriptions.topics().forEach(topic -> all.add(Topics.deadLetterOf(topic)));
        Duration backoff = settings.retryBackoff();
        while (running) {
            try {
                topicInitializer.ensure(all);
                return;
            } catch (RuntimeException e) {
                LOG.warn("Cannot create topics yet, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                backoff = longer(backoff);
            }
        }
    }

    private void consume(ConsumerRecords<byte[], byte[]> records, OffsetCommits commits)
            throws InterruptedException {
        if (records.isEmpty()) {
            return;
        }
        if (settings.consumerBatch() && records.count() > 1 && batch.deliver(records)) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<byte[], byte[]>> inPartition = records.records(partition);
                done.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
            }
            commits.add(done);
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        List<TopicPartition> partitions = new ArrayList<>(records.partitions());
        for (int p = 0; p < partitions.size(); p++) {
            TopicPartition partition = partitions.get(p);
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (!single.deliver(record)) {
                    rewind(records, partitions, p, record.offset());
                    commits.add(done);
                    return;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        commits.add(done);
    }

    // Puts the failed partition back on the failed record and every later partition of the batch back on its first
    // record, so the next poll delivers exactly what was not yet handled.
    private void rewind(ConsumerRecords<byte[], byte[]> records, List<TopicPartition> partitions, int failedIndex,
                        long failedOffset) {
        consumer.seek(partitions.get(failedIndex), failedOffset);
        for (int p = failedIndex + 1; p < partitions.size(); p++) {
            TopicPartition partition = partitions.get(p);
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private void closeQuietly(OffsetCommits commits) {
        if (consumer == null) {
            return;
        }
        try {
            if (commits != null) {
                commits.flush();
            }
        } catch (WakeupException | InterruptException e) {
            // Stopping anyway: the last second's events are delivered again after the restart and skipped.
        }
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (InterruptException e) {
            // Stopped while closing: the group notices the departure by its session timeout instead.
            Thread.currentThread().interrupt();
        }
    }

    private static Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }
}
