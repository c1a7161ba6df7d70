package jp.kyoso.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Reads and writes raw Kafka records in tests, the way another service or a hostile producer would. */
public final class KafkaRecords {

    private static final String SUBJECT_HEADER = "ce_subject";

    private KafkaRecords() {
    }

    /** Every record of {@code topic} whose CloudEvents subject is {@code subject}, in offset order per partition. */
    public static List<ConsumerRecord<byte[], byte[]>> withSubject(String bootstrapServers, String topic,
                                                                   String subject) {
        return matching(bootstrapServers, topic, record -> subject.equals(header(record, SUBJECT_HEADER)));
    }

    /** Every record now on {@code topic} (all partitions, from the beginning) that satisfies {@code filter}. */
    public static List<ConsumerRecord<byte[], byte[]>> matching(String bootstrapServers, String topic,
                                                                Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitionInfos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitionInfos == null || partitionInfos.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> partitions = partitionInfos.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (filter.test(record)) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one record with the given headers and waits for the broker's acknowledgement. */
    public static void send(String bootstrapServers, String topic, String key, byte[] value,
                            Map<String, String> headers) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                    key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test record", e.getCause());
        }
    }
}
