package jp.kyoso.testsupport.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "it.broker.events";
    private static final String GROUP = "it-broker-group";

    @TempDir
    static Path logDirectory;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(logDirectory, 0);
    }

    @AfterAll
    static void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void recordsAndCommittedOffsetsSurviveAStopAndStartOnTheSamePort() throws Exception {
        int port = broker.port();
        send("k1", "first");
        send("k2", "second");

        // A consumer group reads the first record only and commits that position.
        try (KafkaConsumer<String, String> consumer = consumer(GROUP)) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.size() >= 2;
            });
            assertEquals("first", seen.get(0).value());
            consumer.commitSync(Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(seen.get(0).offset() + 1)));
        }

        broker.stop();
        assertFalse(broker.isRunning());
        assertFalse(accepting(port), "the client port must be closed while the broker is stopped");
        try (KafkaProducer<String, String> producer = producer(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2_000))) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(TOPIC, "k3", "while down")).get());
            assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, failure.getCause());
        }

        broker.start();
        assertTrue(broker.isRunning());
        assertEquals(port, broker.port());
        assertEquals("127.0.0.1:" + port, broker.bootstrapServers());

        try (KafkaConsumer<String, String> consumer = consumer("it-fresh-reader")) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return values.size() >= 2;
            });
            assertEquals(List.of("first", "second"), values);
        }
        try (KafkaConsumer<String, String> consumer = consumer(GROUP)) {
            consumer.subscribe(List.of(TOPIC));
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
            assertEquals("second", values.get(0), "the group resumes after its committed offset");
        }
    }

    @Test
    void survivesRepeatedRestartsInOneJvm() throws Exception {
        for (int round = 0; round < 3; round++) {
            broker.restart();
            RecordMetadata metadata = send("it.broker.restarts", "restart", "round " + round);
            assertEquals(round, metadata.offset());
            assertTrue(metadata.hasOffset());
        }
    }

    private static RecordMetadata send(String key, String value) throws Exception {
        return send(TOPIC, key, value);
    }

    private static RecordMetadata send(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
        config.putAll(overrides);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10),
                new StringDeserializer(), new StringDeserializer());
    }

    private static boolean accepting(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
