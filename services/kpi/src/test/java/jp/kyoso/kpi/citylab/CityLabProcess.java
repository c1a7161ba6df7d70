package jp.kyoso.kpi.citylab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;

/**
 * The real city-lab service, started from its packaged jar as a child process against this JVM's PostgreSQL and
 * Kafka, configured only by environment variables as in production. Used where a test needs both services.
 */
final class CityLabProcess implements AutoCloseable {

    /** Where the reactor packages city-lab before kpi's integration tests run. */
    static final Path JAR = Path.of("../city-lab/target/kyoso-city-lab.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI base;

    private CityLabProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static boolean packaged() {
        return Files.isRegularFile(JAR);
    }

    static CityLabProcess start(String database) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toAbsolutePath().toString());
        builder.environment().putAll(Map.of(
                "MICRONAUT_SERVER_PORT", Integer.toString(port),
                "DATASOURCES_DEFAULT_URL", infrastructure.jdbcUrl(database),
                "DATASOURCES_DEFAULT_USERNAME", infrastructure.username(),
                "DATASOURCES_DEFAULT_PASSWORD", infrastructure.password(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "KYOSO_JWT_SECRET", ServiceTestProperties.TEST_JWT_SECRET));
        builder.redirectErrorStream(true).redirectOutput(Path.of("target", "city-lab-child.log").toFile());
        try {
            CityLabProcess child = new CityLabProcess(builder.start(), URI.create("http://localhost:" + port));
            child.awaitHealthy();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + JAR, e);
        }
    }

    URI base() {
        return base;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("city-lab exited with " + process.exitValue()
                        + "; see target/city-lab-child.log");
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("city-lab did not become healthy; see target/city-lab-child.log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
