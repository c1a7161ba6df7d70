package jp.kyoso.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.ServiceJvmFlags;
import jp.kyoso.local.load.ProposalLoad;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * kpi's rebuild (empty the read model and the inbox, replay every topic from the start) over a topic holding
 * {@code n} proposal events, against a bare consumer reading the same topic from the start.
 */
final class Projection {

    static final String TOPIC = "citylab.challenge.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalPlatform platform;
    private final ProposalLoad load;
    private final HttpClient http = HttpClient.newHttpClient();

    Projection(LocalPlatform platform, ProposalLoad load) {
        this.platform = platform;
        this.load = load;
    }

    /**
     * Writes proposal events straight to City Lab's topic while kpi is stopped, so that kpi reads them only in the
     * rebuild.
     *
     * @return how many records the topic holds now
     */
    long fill(long target) throws Exception {
        long present = topicSize();
        if (present >= target) {
            return present;
        }
        if (load.submit().status() != 201) {
            throw new IllegalStateException("City Lab refused the proposal whose event the filler copies");
        }
        new Relay(platform).awaitEmpty();
        platform.stopService("kpi");
        String template = new Db(platform, "citylab").text("select payload from outbox_event "
                + "where event_type like '%proposal.submitted%' and topic = 'citylab.challenge.events' "
                + "order by seq desc limit 1");
        JsonNode sample = JSON.readTree(template);
        String sampleId = sample.path("proposalId").asText();
        NoArgGenerator eventIds = Generators.timeBasedEpochGenerator(); // as the outbox makes them
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
            String time = Instant.now().toString();
            for (long i = present; i < target; i++) {
                String challenge = load.challenge((int) (i % load.challenges())).toString();
                String value = template.replace(sampleId, UUID.randomUUID().toString());
                RecordHeaders headers = new RecordHeaders();
                header(headers, "ce_specversion", "1.0");
                header(headers, "ce_id", eventIds.generate().toString());
                header(headers, "ce_source", "/services/city-lab");
                header(headers, "ce_type", "jp.kyoso.citylab.proposal.submitted.v1");
                header(headers, "ce_subject", challenge);
                header(headers, "ce_time", time);
                header(headers, "content-type", "application/json");
                producer.send(new ProducerRecord<>(TOPIC, null, challenge.getBytes(StandardCharsets.UTF_8),
                        value.getBytes(StandardCharsets.UTF_8), headers));
            }
            producer.flush();
        }
        // A rebuild replays history that every other service consumed long ago, but the filler's events are new to
        // them (the portal audits every event): the rebuild is timed once they have caught up, on its own.
        ConsumerLag.awaitCaughtUp(platform, Set.of("kpi"), "with the filled topic");
        platform.startService("kpi");
        return topicSize();
    }

    /** @return events per second of kpi's rebuild, and how many it handled */
    double[] rebuild() throws Exception {
        String admin = "Bearer " + load.token("bench-admin", null, "ADMIN");
        URI rebuild = platform.serviceUrl("kpi").resolve("/api/kpi/rebuild");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode status = get(rebuild, admin);
            return !status.path("state").asText().equals("REQUESTED") && !status.path("state").asText()
                    .equals("REPLAYING");
        });
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(rebuild).header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("Rebuild refused: " + started.statusCode() + " " + started.body());
        }
        JsonNode[] done = new JsonNode[1];
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            done[0] = get(rebuild, admin);
            return done[0].path("state").asText().equals("DONE");
        });
        double seconds = Duration.between(Instant.parse(done[0].path("requestedAt").asText()),
                Instant.parse(done[0].path("finishedAt").asText())).toNanos() / 1e9;
        long events = done[0].path("replayedEvents").asLong();
        return new double[] {events / seconds, events};
    }

    /**
     * The same rebuild with the consumer's batching switched off (one transaction per event, as before the fix):
     * kpi is replaced for the duration by the same jar with the same environment on the same port, plus
     * {@code -Dkyoso.messaging.consumer-batch=false}.
     */
    double[] rebuildOneTransactionPerEvent(Path repository) throws Exception {
        URI kpi = platform.serviceUrl("kpi");
        platform.stopService("kpi");
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceJvmFlags.of("kpi")); // the same JVM as the batched kpi it is compared with
        command.addAll(List.of("-Dkyoso.messaging.consumer-batch=false",
                "-jar", repository.resolve("services/kpi/target/kyoso-kpi.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(repository.resolve("bench/target/kpi-unbatched.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("KYOSO_") || key.startsWith("DATASOURCES_")
                || key.startsWith("KAFKA_") || key.startsWith("MICRONAUT_"));
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(kpi.getPort()));
        environment.put("DATASOURCES_DEFAULT_URL", platform.postgres().jdbcUrl("kpi"));
        environment.put("DATASOURCES_DEFAULT_USERNAME", platform.postgres().username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", platform.postgres().password());
        environment.put("DATASOURCES_DEFAULT_MINIMUM_IDLE", "2");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", platform.kafka().bootstrapServers());
        environment.put("KYOSO_JWT_SECRET", platform.jwtSecret());
        Process unbatched = builder.start();
        try {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(kpi.resolve("/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            return rebuild();
        } finally {
            unbatched.destroy();
            if (!unbatched.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                unbatched.destroyForcibly().waitFor();
            }
            platform.startService("kpi");
        }
    }

    /** @return records per second a bare consumer reads from the start of the topic to its end */
    double bareConsumer() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            long started = System.nanoTime();
            long read = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (read < total) {
                throw new IllegalStateException("Read " + read + " of " + total);
            }
            return read / seconds;
        }
    }

    long topicSize() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            return partitions.stream().mapToLong(partition -> end.get(partition) - start.get(partition)).sum();
        }
    }

    /** The fetch settings of the services' consumers (kyoso-messaging's {@code KafkaClients}). */
    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(TOPIC);
        Set<TopicPartition> partitions = infos.stream().map(info -> new TopicPartition(TOPIC, info.partition()))
                .collect(Collectors.toSet());
        return List.copyOf(partitions);
    }

    private JsonNode get(URI uri, String authorization) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
