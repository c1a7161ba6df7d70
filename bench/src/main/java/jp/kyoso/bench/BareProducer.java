package jp.kyoso.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kyoso.local.launcher.ServiceJvmFlags;
import jp.kyoso.messaging.kafka.KafkaClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The relay benchmark's bare producer: sends records of the relay's key, value and header sizes through a producer
 * made as the relay's is ({@link KafkaClients#producer}: idempotent, acks=all, the same batching) and waits for every
 * acknowledgement. It runs in the bench's JVM, or in a JVM of its own started with City Lab's flags
 * ({@link #startLike}), so that it differs from the relay only in what the relay adds and not in the JVM: the bench's
 * runs the full JIT and hosts the broker.
 */
final class BareProducer {

    private static final String RATE = "RATE ";

    private BareProducer() {
    }

    /** In a JVM of its own: reads a count per line, sends that many records and answers with the rate. */
    public static void main(String[] args) throws Exception {
        byte[] value = Files.readAllBytes(Path.of(args[2]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaClients(args[0]).producer("bench-bare-producer")) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println(RATE + send(producer, args[1], value, Integer.parseInt(line.strip())));
                System.out.flush();
            }
        }
    }

    /** @return events per second from the first send to the last acknowledgement */
    static double send(KafkaProducer<byte[], byte[]> producer, String topic, byte[] value, int n) throws Exception {
        long started = System.nanoTime();
        Future<RecordMetadata> last = null;
        for (int i = 0; i < n; i++) {
            last = producer.send(new ProducerRecord<>(topic, null,
                    ("bench-aggregate-" + (i % 1000)).getBytes(StandardCharsets.UTF_8), value, headers()));
        }
        producer.flush();
        last.get();
        return n / ((System.nanoTime() - started) / 1e9);
    }

    /** The relay's CloudEvents headers, the same sizes. */
    private static RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/services/city-lab".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "jp.kyoso.citylab.proposal.submitted.v1".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", "bench-aggregate-000".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_time", "2026-11-23T16:00:00.123456Z".getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_correlationid", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /**
     * Starts a bare producer in a JVM with City Lab's flags ({@link ServiceJvmFlags#of}), the bench's jar on its class
     * path; its output but the rates goes to {@code log}.
     */
    static Remote startLike(String service, String bootstrapServers, String topic, byte[] value, Path log)
            throws IOException {
        Path valueFile = Files.createTempFile("bench-bare-producer", ".json");
        Files.write(valueFile, value);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceJvmFlags.of(service));
        command.add("-Dlogback.configurationFile=kyoso-local-logback.xml"); // the Kafka client's INFO would flood it
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareProducer.class.getName(),
                bootstrapServers, topic, valueFile.toString()));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new Remote(process, valueFile, log);
    }

    /** A bare producer in a JVM of its own. */
    static final class Remote implements AutoCloseable {

        private final Process process;
        private final Path valueFile;
        private final Path log;
        private final BufferedWriter commands;
        private final BufferedReader answers;

        private Remote(Process process, Path valueFile, Path log) {
            this.process = process;
            this.valueFile = valueFile;
            this.log = log;
            this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** @return events per second for {@code n} records */
        double send(int n) throws IOException {
            commands.write(n + "\n");
            commands.flush();
            String line;
            while ((line = answers.readLine()) != null) {
                if (line.startsWith(RATE)) {
                    return Double.parseDouble(line.substring(RATE.length()));
                }
            }
            throw new IllegalStateException("The bare producer's JVM ended; see " + log);
        }

        @Override
        public void close() throws Exception {
            commands.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(valueFile);
        }
    }
}
