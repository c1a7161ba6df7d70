package jp.kyoso.testsupport;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.kyoso.testsupport.embedded.EmbeddedKafkaBroker;
import jp.kyoso.testsupport.embedded.EmbeddedPostgresServer;
import jp.kyoso.testsupport.embedded.PostgresDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL server and Kafka broker shared by every {@code *IT} in one JVM.
 *
 * <p>Starting them costs seconds, so they start once, on the first {@link #get()}, in parallel, and stop when the JVM
 * exits. Where Docker is available they are Testcontainers ({@code postgres:17}, {@code apache/kafka:3.9.1}),
 * otherwise the embedded ones, which behave the same from a client's point of view.
 *
 * <p>The choice can be forced with the system property {@value #MODE_PROPERTY} or the environment variable
 * {@value #MODE_ENVIRONMENT}: {@code embedded}, {@code docker}, or {@code auto} (the default).
 *
 * <p>Tests share the server, so each test class should use its own database name (see
 * {@link ServiceTestProperties#forService(String)}) and its own consumer group ids.
 */
public final class TestInfrastructure {

    /** System property forcing the kind of infrastructure. */
    public static final String MODE_PROPERTY = "kyoso.test.infrastructure";
    /** Environment variable forcing the kind of infrastructure, read when the system property is absent. */
    public static final String MODE_ENVIRONMENT = "KYOSO_TEST_INFRASTRUCTURE";

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private static TestInfrastructure instance;

    private final boolean embedded;
    private final CompletableFuture<Postgres> postgres;
    private final CompletableFuture<Kafka> kafka;
    private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

    private TestInfrastructure(boolean embedded) {
        this.embedded = embedded;
        Executor starter = task -> {
            Thread thread = new Thread(task, "kyoso-test-infrastructure-start");
            thread.setDaemon(true);
            thread.start();
        };
        Supplier<Postgres> startPostgres = embedded ? EmbeddedDatabase::new : ContainerDatabase::new;
        Supplier<Kafka> startKafka = embedded ? EmbeddedBroker::new : ContainerBroker::new;
        this.postgres = CompletableFuture.supplyAsync(startPostgres, starter);
        this.kafka = CompletableFuture.supplyAsync(startKafka, starter);
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "kyoso-test-infrastructure-stop"));
    }

    /**
     * Returns the infrastructure of this JVM, starting PostgreSQL and Kafka (in parallel, in the background) on the
     * first call. The accessors wait for whichever they need.
     *
     * @return the per-JVM instance
     */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            boolean embedded = useEmbedded();
            LOG.info("Starting {} PostgreSQL and Kafka for tests (choose with -D{}=embedded|docker|auto)",
                    embedded ? "embedded" : "Testcontainers", MODE_PROPERTY);
            instance = new TestInfrastructure(embedded);
        }
        return instance;
    }

    /**
     * @param database a plain lower-case database name; the database is created if missing
     * @return a JDBC URL for it; credentials are {@link #username()} and {@link #password()}
     */
    public String jdbcUrl(String database) {
        Postgres server = await(postgres, "PostgreSQL");
        if (!createdDatabases.contains(database)) {
            PostgresDatabases.createIfMissing(server.jdbcUrl("postgres"), server.username(), server.password(),
                    database);
            createdDatabases.add(database);
        }
        return server.jdbcUrl(database);
    }

    /** @return the database user */
    public String username() {
        return await(postgres, "PostgreSQL").username();
    }

    /** @return the database user's password */
    public String password() {
        return await(postgres, "PostgreSQL").password();
    }

    /** @return {@code bootstrap.servers} for the broker; it stays the same across {@link #stopKafka()} */
    public String kafkaBootstrapServers() {
        return await(kafka, "Kafka").bootstrapServers();
    }

    /**
     * Takes the broker away, for tests of what happens while Kafka is down. Embedded: the broker shuts down and its
     * port closes. Docker: the container is paused, so connections hang instead of being refused (stopping a
     * container would lose its port mapping and its data). Restore it with {@link #startKafka()}, also when the test
     * fails, since the broker is shared by every test in the JVM.
     */
    public void stopKafka() {
        await(kafka, "Kafka").stop();
    }

    /** Brings the broker back on the same address with its topics and committed offsets; no-op when running. */
    public void startKafka() {
        await(kafka, "Kafka").start();
    }

    /** @return {@code true} for the embedded servers, {@code false} for Testcontainers */
    public boolean embedded() {
        return embedded;
    }

    private static boolean useEmbedded() {
        String mode = System.getProperty(MODE_PROPERTY, System.getenv().getOrDefault(MODE_ENVIRONMENT, "auto"))
                .trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "embedded":
                return true;
            case "docker":
            case "testcontainers":
                if (!DockerClientFactory.instance().isDockerAvailable()) {
                    throw new IllegalStateException(MODE_PROPERTY + "=" + mode + " but Docker is not available");
                }
                return false;
            case "auto":
            case "":
                return !DockerClientFactory.instance().isDockerAvailable();
            default:
                throw new IllegalArgumentException(
                        MODE_PROPERTY + " must be embedded, docker or auto, got: " + mode);
        }
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(what + " for tests could not be started", e.getCause());
        }
    }

    private void shutdown() {
        stopQuietly(kafka, "Kafka");
        stopQuietly(postgres, "PostgreSQL");
    }

    private static void stopQuietly(CompletableFuture<? extends AutoCloseable> future, String what) {
        try {
            future.get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS).close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("{} for tests was not stopped cleanly", what, e);
        }
    }

    private interface Postgres extends AutoCloseable {
        String jdbcUrl(String database);

        String username();

        String password();

        @Override
        void close();
    }

    private interface Kafka extends AutoCloseable {
        String bootstrapServers();

        void stop();

        void start();

        @Override
        void close();
    }

    private static final class EmbeddedDatabase implements Postgres {
        private final EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0);

        @Override
        public String jdbcUrl(String database) {
            return server.jdbcUrl(database);
        }

        @Override
        public String username() {
            return server.username();
        }

        @Override
        public String password() {
            return server.password();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static final class EmbeddedBroker implements Kafka {
        private final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0);

        @Override
        public String bootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public void stop() {
            broker.stop();
        }

        @Override
        public void start() {
            broker.start();
        }

        @Override
        public void close() {
            broker.close();
        }
    }

    private static final class ContainerDatabase implements Postgres {
        private static final int PORT = 5432;

        @SuppressWarnings("resource") // closed by close()
        private final PostgreSQLContainer<?> container = new PostgreSQLContainer<>(DockerImageName.parse("postgres:17"))
                .withUsername(EmbeddedPostgresServer.USERNAME)
                .withPassword(EmbeddedPostgresServer.PASSWORD)
                .withDatabaseName("postgres")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off",
                        "-c", "synchronous_commit=off", "-c", "full_page_writes=off");

        ContainerDatabase() {
            container.start();
        }

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(PORT) + "/"
                    + PostgresDatabases.requireValidName(database);
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private static final class ContainerBroker implements Kafka {
        @SuppressWarnings("resource") // closed by close()
        private final KafkaContainer container = new KafkaContainer(DockerImageName.parse("apache/kafka:3.9.1"))
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        private boolean paused;

        ContainerBroker() {
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public synchronized void stop() {
            if (!paused) {
                DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
                paused = true;
            }
        }

        @Override
        public synchronized void start() {
            if (paused) {
                DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
                paused = false;
            }
        }

        @Override
        public synchronized void close() {
            start();
            container.stop();
        }
    }
}
