package jp.kyoso.testsupport.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka 3.9 broker in KRaft mode (combined broker and controller) running inside this JVM.
 *
 * <p>Clients talk to it over TCP exactly as to a cluster. It can be {@linkplain #stop() stopped} (the port closes,
 * clients see the broker as unreachable) and {@linkplain #start() started} again on the same port and log directory,
 * so topics, records and committed consumer offsets survive; fault tests rely on that. Stopping and starting
 * repeatedly within one JVM works: every start builds a fresh {@link KafkaRaftServer}.
 *
 * <p>The log directory is formatted here, as {@code kafka-storage.sh format} would, the first time it is used.
 */
public final class EmbeddedKafkaBroker extends EmbeddedServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> configuration;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Builder builder, Path logDirectory, boolean persistent) {
        super(logDirectory, persistent, "embedded-kafka-shutdown");
        this.logDirectory = logDirectory;
        this.port = builder.port == 0 ? FreePorts.take() : builder.port;
        this.controllerPort = builder.controllerPort == 0 ? freePortOtherThan(port) : builder.controllerPort;
        this.configuration = configuration(builder, logDirectory);
    }

    /**
     * Starts a broker with one partition per auto-created topic.
     *
     * @param logDirectoryOrNull where records and metadata live and persist across restarts, or {@code null} for a
     *     temporary directory deleted on {@link #close()}
     * @param portOrZero the client port, or 0 for a free one (chosen once and kept across restarts)
     * @return the running broker
     */
    public static EmbeddedKafkaBroker start(Path logDirectoryOrNull, int portOrZero) {
        return builder().logDirectory(logDirectoryOrNull).port(portOrZero).start();
    }

    /** @return a builder for the less common settings (partitions, controller port, extra broker properties) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return {@code host:port} for {@code bootstrap.servers} */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** @return the client port, the same for the lifetime of this object */
    public int port() {
        return port;
    }

    /** @return where records and cluster metadata are kept */
    public Path logDirectory() {
        return logDirectory;
    }

    /** @return whether the broker is up (between {@link #start()} and {@link #stop()}) */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker again on the same port and log directory after {@link #stop()}; no-op when running. */
    @Override
    public synchronized void start() {
        requireOpen("Broker");
        if (server != null) {
            return;
        }
        long started = System.nanoTime();
        KafkaConfig config = new KafkaConfig(properties(), false);
        format(config);
        KafkaRaftServer candidate = null;
        try {
            candidate = new KafkaRaftServer(config, Time.SYSTEM); // reads meta.properties, so it can fail too
            candidate.startup();
        } catch (RuntimeException e) {
            if (candidate != null) {
                shutDown(candidate);
            }
            throw new IllegalStateException("Could not start embedded Kafka on port " + port + " (controller port "
                    + controllerPort + ") with logs in " + logDirectory, e);
        }
        server = candidate;
        LOG.info("Kafka listening on {} with logs in {} (started in {} ms)", bootstrapServers(), logDirectory,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Shuts the broker down and waits until it is down and its ports are closed. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long stopping = System.nanoTime();
        try {
            shutDown(server);
        } finally {
            server = null;
        }
        LOG.info("Kafka on {} stopped in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
    }

    /** {@link #stop()} then {@link #start()}. */
    public synchronized void restart() {
        stop();
        start();
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers() + ", logs=" + logDirectory + ", running=" + isRunning() + "]";
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.putAll(configuration);
        return properties;
    }

    private Map<String, String> configuration(Builder builder, Path logDirectory) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        config.put("metadata.log.dir", logDirectory.toString());

        config.put("auto.create.topics.enable", "true");
        config.put("num.partitions", Integer.toString(builder.partitions));
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        // A single node has nobody to wait for; without this every first consumer group join waits 3 s.
        config.put("group.initial.rebalance.delay.ms", "0");
        // The internal topics' default of 50 partitions each only slows the first group join and transaction.
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.num.partitions", "5");

        // Kafka sizes these for a dedicated machine; the log cleaner alone would allocate a 128 MB heap buffer.
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "4");
        config.put("num.recovery.threads.per.data.dir", "2");
        config.put("background.threads", "4");

        config.putAll(builder.overrides);
        return config;
    }

    /**
     * The equivalent of {@code kafka-storage.sh format}: writes meta.properties and the bootstrap metadata on first
     * use. An already formatted directory is left alone, since the Formatter, even when told to ignore formatted
     * directories, insists that the cluster id it is given matches the one on disk.
     */
    private void format(KafkaConfig config) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDirectory.toString())
                    .setIgnoreFormatted(true)
                    .setUnstableFeatureVersionsEnabled(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + logDirectory, e);
        }
        LOG.debug("Kafka storage format: {}", output.toString(StandardCharsets.UTF_8).trim());
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static int freePortOtherThan(int port) {
        int candidate = FreePorts.take();
        while (candidate == port) {
            candidate = FreePorts.take();
        }
        return candidate;
    }

    /** Settings beyond the log directory and port; most callers only need {@link EmbeddedKafkaBroker#start}. */
    public static final class Builder {
        private Path logDirectory;
        private int port;
        private int controllerPort;
        private int partitions = 1;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param logDirectoryOrNull a persistent log directory, or {@code null} for a temporary one
         * @return this
         */
        public Builder logDirectory(Path logDirectoryOrNull) {
            this.logDirectory = logDirectoryOrNull;
            return this;
        }

        /**
         * @param portOrZero the client port, or 0 for a free one
         * @return this
         */
        public Builder port(int portOrZero) {
            this.port = checkPort(portOrZero);
            return this;
        }

        /**
         * @param portOrZero the KRaft controller port (only the broker itself connects to it), or 0 for a free one
         * @return this
         */
        public Builder controllerPort(int portOrZero) {
            this.controllerPort = checkPort(portOrZero);
            return this;
        }

        /**
         * @param partitions {@code num.partitions} for auto-created topics (default 1)
         * @return this
         */
        public Builder partitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1");
            }
            this.partitions = partitions;
            return this;
        }

        /**
         * @param key any broker configuration key
         * @param value its value; overrides the defaults chosen here
         * @return this
         */
        public Builder property(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** @return the started broker */
        public EmbeddedKafkaBroker start() {
            if (port != 0 && port == controllerPort) {
                throw new IllegalArgumentException("Client and controller ports must differ: " + port);
            }
            return startedOnFreePorts(port == 0 || controllerPort == 0, () -> new EmbeddedKafkaBroker(this,
                    directory(logDirectory, "kyoso-kafka-", "Kafka log directory"), logDirectory != null));
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            return port;
        }
    }
}
