package jp.kyoso.testsupport.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run from the zonky binaries, for tests and for {@code ./kyoso up}.
 *
 * <p>With a data directory the cluster persists: the first start runs {@code initdb}, later starts (in this or a later
 * JVM) reuse it. Without one, a temporary directory is used and deleted on {@link #close()}. Either way the server
 * can be {@linkplain #stop() stopped} and {@linkplain #start() started} again on the same port, so tests can take the
 * database away and bring it back.
 *
 * <p>When the JVM runs as root, zonky runs {@code initdb}, {@code pg_ctl} and {@code postgres} through
 * {@code unshare -U}, because PostgreSQL refuses to run as root; nothing extra is needed here.
 *
 * <p>Connections over TCP authenticate with SCRAM as user {@value #USERNAME}, password {@value #PASSWORD}, like a
 * real server would, so wrong credentials in a service's configuration fail here too rather than only in production.
 */
public final class EmbeddedPostgresServer extends EmbeddedServer {

    /** The superuser; services use it too, since each service only ever touches its own database. */
    public static final String USERNAME = "postgres";
    /** A well-known password: the server only listens on the loopback interface. */
    public static final String PASSWORD = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** Written into pg_hba.conf so that a later start can tell the password has already been set. */
    private static final String HBA_MARKER = "# kyoso: SCRAM authentication over TCP, written by EmbeddedPostgresServer";

    private static final String HBA = HBA_MARKER + "\n"
            + "# TYPE  DATABASE     USER  ADDRESS       METHOD\n"
            + "local   all          all                 trust\n"
            + "host    all          all   127.0.0.1/32  scram-sha-256\n"
            + "host    all          all   ::1/128       scram-sha-256\n"
            + "local   replication  all                 trust\n"
            + "host    replication  all   127.0.0.1/32  scram-sha-256\n"
            + "host    replication  all   ::1/128       scram-sha-256\n";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDirectory, boolean persistent, int port) {
        super(dataDirectory, persistent, "embedded-postgres-shutdown");
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectoryOrNull where the cluster lives and persists across restarts, or {@code null} for a throwaway
     *     cluster in a temporary directory
     * @param portOrZero the TCP port, or 0 for a free one (chosen once and kept across {@link #stop()}/{@link #start()})
     * @return the running server
     */
    public static EmbeddedPostgresServer start(Path dataDirectoryOrNull, int portOrZero) {
        if (portOrZero < 0 || portOrZero > 65535) {
            throw new IllegalArgumentException("Port out of range: " + portOrZero);
        }
        return startedOnFreePorts(portOrZero == 0, () -> new EmbeddedPostgresServer(
                directory(dataDirectoryOrNull, "kyoso-postgres-", "PostgreSQL data directory"),
                dataDirectoryOrNull != null, portOrZero == 0 ? FreePorts.take() : portOrZero));
    }

    /** @return the TCP port, the same for the lifetime of this object */
    public int port() {
        return port;
    }

    /**
     * @param database a database name
     * @return a JDBC URL for it; credentials are {@link #username()} and {@link #password()}
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + PostgresDatabases.requireValidName(database);
    }

    /** @return {@value #USERNAME} */
    public String username() {
        return USERNAME;
    }

    /** @return {@value #PASSWORD} */
    public String password() {
        return PASSWORD;
    }

    /** @return the cluster's data directory (a temporary one unless a directory was given) */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Creates a database unless it exists; idempotent and safe under concurrent calls, also from other JVMs.
     *
     * @param database a plain lower-case name
     */
    public void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(jdbcUrl("postgres"), USERNAME, PASSWORD, database);
    }

    /** @return whether the server is up (between {@link #start()} and {@link #stop()}) */
    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /** Starts the server again on the same port and data directory after {@link #stop()}; no-op when running. */
    @Override
    public synchronized void start() {
        requireOpen("Server");
        if (postgres != null) {
            return;
        }
        long started = System.nanoTime();
        try {
            postgres = configure(EmbeddedPostgres.builder()).start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL on port " + port + " with data in "
                    + dataDirectory + " (is another process using that directory or port?)", e);
        }
        enablePasswordAuthentication();
        LOG.info("PostgreSQL listening on port {} with data in {} (started in {} ms)", port, dataDirectory,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops the server (fast shutdown: open sessions are terminated) and waits until it has exited. */
    @Override
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Stopping PostgreSQL reported a problem", e);
        } finally {
            postgres = null;
        }
        // zonky's pg_ctl gives up after 5 s (and only logs it) while a large shutdown checkpoint may still be running;
        // the postmaster removes its pid file as the very last step, so a remaining one means "not down yet".
        runningPostmaster(dataDirectory).ifPresent(process -> awaitExit(process, SHUTDOWN_WAIT));
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[port=" + port + ", data=" + dataDirectory + ", running=" + isRunning() + "]";
    }

    private EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) {
        builder.setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setConnectConfig("password", PASSWORD)
                .setDataDirectoryCustomizer(directory -> stopOrphanedPostmaster(directory.toPath()));
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            // Under the C locale pg_trgm sees no "word" characters in Japanese text; C.UTF-8 classifies them by Unicode
            // while still sorting by code point. Only read by initdb, so an existing cluster keeps its locale.
            builder.setLocaleConfig("locale", "C.UTF-8");
        }
        builder.setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("work_mem", "4MB")
                .setServerConfig("maintenance_work_mem", "32MB")
                .setServerConfig("effective_cache_size", "256MB")
                .setServerConfig("max_wal_size", "256MB")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("log_timezone", "UTC")
                .setServerConfig("password_encryption", "scram-sha-256");
        if (persistent()) {
            // zonky always passes -F (fsync off); a later -c wins, and data meant to survive must survive a crash.
            // With full-page writes on (a crash must not tear a page), every page first changed after a checkpoint
            // goes whole into the WAL. At 256MB a kpi rebuild or a consumer's catch-up requested a checkpoint every
            // second and wrote ~8 KB of WAL per event, most of it whole pages of the random-key indexes; 2GB spaces
            // them to about one per million events. Costs disk only (WAL up to that size, recycled down to
            // min_wal_size when quiet) and a longer recovery after a crash, no memory.
            // A kpi rebuild inserts into three indexes keyed by random ids (inbox, fact key, aggregate); with 64MB of
            // buffers each event read about three index pages back from the OS and wrote three dirty ones out. A fresh
            // platform touches only the pages it uses; after a rebuild up to the whole 256MB stay resident.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setServerConfig("log_filename", "postgresql-%a.log")
                    .setServerConfig("log_truncate_on_rotation", "on")
                    .setServerConfig("log_rotation_age", "1d")
                    .setServerConfig("log_rotation_size", "0");
        } else {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        return builder;
    }

    /**
     * initdb leaves "trust" for everyone; the first start sets the password and switches TCP to SCRAM. A reload is
     * enough, and the marker makes this a no-op on every later start of the same cluster.
     */
    private void enablePasswordAuthentication() {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.readString(hba, StandardCharsets.UTF_8).contains(HBA_MARKER)) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("ALTER ROLE " + USERNAME + " WITH PASSWORD '" + PASSWORD + "'");
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not configure password authentication in " + dataDirectory, e);
        }
    }

    /**
     * Runs while zonky holds the data directory's lock, so any postmaster still serving this directory was left behind
     * by a JVM that died without stopping it (kill -9, a crashed IDE). Without this the next start fails until someone
     * finds and kills it by hand.
     */
    private static void stopOrphanedPostmaster(Path directory) {
        runningPostmaster(directory).ifPresent(process -> {
            LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier process", process.pid(), directory);
            signal(process, "-INT"); // fast shutdown: roll back sessions, checkpoint, exit
            if (!awaitExit(process, SHUTDOWN_WAIT)) {
                signal(process, "-QUIT"); // immediate shutdown; the next start runs crash recovery
                awaitExit(process, SHUTDOWN_WAIT);
            }
        });
    }

    private static Optional<ProcessHandle> runningPostmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            // The pid may have been reused since; only a postgres process is ours to stop.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres"))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not signal PostgreSQL process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.warn("PostgreSQL process {} still running after {}", process.pid(), timeout);
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
