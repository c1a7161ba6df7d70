package jp.kyoso.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.kyoso.testsupport.embedded.FreePorts;

/**
 * Another kyoso service, started from its packaged jar as a child process against this JVM's PostgreSQL and Kafka
 * and configured only by environment variables, as in production. For tests that need two services talking
 * through Kafka; the module under test declares a test dependency on the other service so that the reactor
 * packages it first.
 */
public final class ServiceJarProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String service;
    private final Process process;
    private final URI base;
    private final Path log;

    private ServiceJarProcess(String service, Process process, URI base, Path log) {
        this.service = service;
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The jar of a sibling service module, as the reactor packages it ({@code ../<service>/target/...}). */
    public static Path jarOf(String service) {
        return Path.of("..", service, "target", "kyoso-" + service + ".jar");
    }

    public static boolean packaged(String service) {
        return Files.isRegularFile(jarOf(service));
    }

    /**
     * Starts the service on a free port with its own database and waits until {@code /health} answers 200.
     *
     * @param service  the module name, e.g. {@code city-lab}
     * @param database the database the child uses (created if missing)
     */
    public static ServiceJarProcess start(String service, String database) {
        return start(service, database, Map.of());
    }

    /**
     * As {@link #start(String, String)}, with more settings given as Micronaut properties (e.g.
     * {@code kyoso.mail.smtp-port}) and passed as the environment variables they map to ({@code KYOSO_MAIL_SMTP_PORT}).
     */
    public static ServiceJarProcess start(String service, String database, Map<String, String> properties) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        int port = FreePorts.take();
        Path jar = jarOf(service);
        // The local platform's quick-start flags (C1 only, serial GC): a child's start took half as long with them
        // (kpi until its first database call: 22 s against 11 s on two loaded cores), and tests need no peak speed.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString());
        builder.environment().putAll(Map.of(
                "MICRONAUT_SERVER_PORT", Integer.toString(port),
                "DATASOURCES_DEFAULT_URL", infrastructure.jdbcUrl(database),
                "DATASOURCES_DEFAULT_USERNAME", infrastructure.username(),
                "DATASOURCES_DEFAULT_PASSWORD", infrastructure.password(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "KYOSO_JWT_SECRET", ServiceTestProperties.TEST_JWT_SECRET));
        properties.forEach((name, value) -> builder.environment().put(
                name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        Path log = Path.of("target", service + "-child.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        ServiceJarProcess child;
        try {
            child = new ServiceJarProcess(service, builder.start(), URI.create("http://localhost:" + port), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
        try {
            child.awaitHealthy();
        } catch (RuntimeException e) {
            child.close();
            throw e;
        }
        return child;
    }

    public URI base() {
        return base;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).build();
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
