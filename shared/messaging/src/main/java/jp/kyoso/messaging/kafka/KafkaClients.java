package jp.kyoso.messaging.kafka;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Creates Kafka clients from {@code kafka.bootstrap.servers} (env {@code KAFKA_BOOTSTRAP_SERVERS}). */
@Singleton
public class KafkaClients {

    /** Records per poll, and so per inbox transaction of a catch-up. */
    static final int MAX_POLL_RECORDS = 1_000;
    static final int PARTITION_FETCH_BYTES = 8 * 1024 * 1024;
    /** What the broker gathers for a fetch before it answers, unless the consumer's fetch wait is over first. */
    static final int FETCH_MIN_BYTES = 64 * 1024;
    /** The most an idempotent producer may have in flight per connection and still keep each partition's order. */
    static final int MAX_IN_FLIGHT = 5;

    private final String bootstrapServers;

    public KafkaClients(@Value("${kafka.bootstrap.servers}") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Idempotent and acks=all, so a retried send neither loses nor duplicates within the producer session, and the
     * records of one partition (one aggregate's events: the key is the aggregate id) are written in the order they
     * were sent even when the producer retries: the broker refuses a record whose sequence number skips one. Kafka
     * keeps that promise for at most {@value #MAX_IN_FLIGHT} requests in flight per connection (it refuses an
     * idempotent producer with more), so the setting is spelled out here rather than left to the default. Batches
     * of up to 256 KiB per partition instead of the default 16 KiB: a relay batch of 500 events (about 650 KB) went out
     * in some forty requests, and the relay drained 33,000 events/s where it drains 50,000 with the larger ones
     * (bench/RESULTS.md, 2026-12-07, fourth session). Short blocking limits so that a broker outage fails a relay batch
     * quickly instead of holding it.
     */
    public KafkaProducer<byte[], byte[]> producer(String clientId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, MAX_IN_FLIGHT,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Offsets are committed by hand, after the inbox transaction, never automatically. The consumer only asks the
     * broker for more of a partition once it has handed out what it holds of it, and the inbox consumer's thread is
     * busy with the database in between; so during a rebuild or a catch-up it waited for a fetch after every megabyte
     * (the default per partition). Fetching {@value #PARTITION_FETCH_BYTES} bytes at a time makes those waits rarer.
     * Under a steady write load the broker answered each fetch as soon as one event was there, so every consumer ran
     * one inbox transaction per event and the broker one fetch per event and consumer; it now gathers up to
     * {@value #FETCH_MIN_BYTES} bytes for at most {@code fetchWait} (bench/RESULTS.md, 2026-12-07, sixth session).
     *
     * @param fetchWait the longest the broker holds a fetch to gather events: the most it adds to an event's way
     */
    public KafkaConsumer<byte[], byte[]> consumer(String groupId, Duration fetchWait) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-consumer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, PARTITION_FETCH_BYTES,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) fetchWait.toMillis(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }
}
