package jp.kyoso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyoso.local.launcher.ClassDataArchive;
import jp.kyoso.local.launcher.KyosoLocal;
import jp.kyoso.local.launcher.LocalPlatformOptions;
import jp.kyoso.local.launcher.LocalService;
import jp.kyoso.local.launcher.ServiceJvmFlags;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.embedded.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every service's jar started as production starts it (no demo mode, configuration from the environment) against a
 * real PostgreSQL and Kafka: with its database password in a config file it refuses to start and says why; with the
 * same password in the environment it starts. Same database, same broker, same secret: only where the password is
 * written differs, so the refusal is the guard's.
 */
class ProductionStartIT {

    /** Generous: the six refusing JVMs start side by side, on two cores. */
    private static final Duration START = Duration.ofSeconds(180);
    private static final String SECRET = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(48));
    /** The refused starts, launched together before the first test; each test waits for its own JVM to give up. */
    private static final Map<String, Process> REFUSING = new ConcurrentHashMap<>();

    @TempDir
    static Path folder;

    private static Path config;

    @BeforeAll
    static void startEveryServiceWithItsPasswordInAConfigFile() throws IOException {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        config = folder.resolve("production.yml");
        Files.writeString(config, "datasources:\n  default:\n    password: '" + infrastructure.password() + "'\n");
        for (LocalService service : LocalService.ALL) {
            Map<String, String> environment = environment(service, infrastructure);
            environment.put("MICRONAUT_CONFIG_FILES", config.toString());
            REFUSING.put(service.name(), start(service, environment, folder.resolve(service.name() + ".log")));
        }
    }

    @AfterAll
    static void stopAnyStillRunning() {
        REFUSING.values().forEach(Process::destroyForcibly);
    }

    @ParameterizedTest
    @ValueSource(strings = {"portal", "co-creation", "city-lab", "declarations", "fund", "kpi"})
    void aPasswordInAConfigFileStopsTheStartWithAMessageSayingWhere(String name) throws Exception {
        Process process = REFUSING.get(LocalService.named(name).name());
        try {
            await(name + " refuses to start").atMost(START).until(() -> !process.isAlive());
        } finally {
            process.destroyForcibly();
        }
        assertNotEquals(0, process.exitValue());
        String output = Files.readString(folder.resolve(name + ".log"));
        assertTrue(output.contains("Refusing to start: credentials are written in configuration files")
                && output.contains("datasources.default.password (" + config), output);
    }

    @Test
    void theSamePasswordFromTheEnvironmentStarts() throws Exception {
        LocalService service = LocalService.named("kpi");
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Map<String, String> environment = environment(service, infrastructure);
        environment.put("DATASOURCES_DEFAULT_PASSWORD", infrastructure.password());
        Path log = folder.resolve("kpi-from-the-environment.log");
        Process process = start(service, environment, log);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + environment
                .get("MICRONAUT_SERVER_PORT") + "/health")).build();
        try {
            await("kpi healthy").atMost(START).ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                assertTrue(process.isAlive(), () -> "exited: " + read(log));
                return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            });
            assertEquals(200, http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static Map<String, String> environment(LocalService service, TestInfrastructure infrastructure)
            throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(FreePorts.take()));
        environment.put("DATASOURCES_DEFAULT_URL", infrastructure.jdbcUrl(service.database() + "_production_it"));
        environment.put("DATASOURCES_DEFAULT_USERNAME", infrastructure.username());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        environment.put("KYOSO_JWT_SECRET", SECRET);
        return environment;
    }

    /**
     * The JVM flags are the local platform's, with the class-data archive the run's platforms recorded when there is
     * one (see {@link PlatformsFirst}): what is under test is the configuration, and seven cold starts with the full
     * JIT were minutes of the run.
     */
    private static Process start(LocalService service, Map<String, String> environment, Path log) throws IOException {
        Path jar = service.jar(KyosoLocal.repositoryRoot());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceJvmFlags.of(service.name()));
        command.addAll(ClassDataArchive.of(LocalPlatformOptions.testClassData(KyosoLocal.repositoryRoot()),
                service.name(), jar).jvmFlags(false));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("KYOSO_") || key.startsWith("DATASOURCES_")
                || key.startsWith("MICRONAUT_") || key.startsWith("KAFKA_"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

}
