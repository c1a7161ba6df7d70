package jp.kyoso.local.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import jp.kyoso.local.demo.DemoData;
import jp.kyoso.testsupport.embedded.EmbeddedKafkaBroker;
import jp.kyoso.testsupport.embedded.EmbeddedMailServer;
import jp.kyoso.testsupport.embedded.EmbeddedPostgresServer;
import jp.kyoso.testsupport.embedded.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine: embedded PostgreSQL and an in-JVM KRaft Kafka broker, with every service as a
 * child JVM configured only by environment variables, as in production. Behind {@code ./kyoso up} and the
 * end-to-end tests alike, so the tests exercise exactly what developers run.
 *
 * <p>Closing stops the services first (they still flush to Kafka and PostgreSQL on the way down), then Kafka, then
 * PostgreSQL. Children also die when this JVM exits without {@link #close()}.
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * Six JVMs starting at once on a small laptop; a healthy machine needs well under half of it. A machine shared
     * with other heavy work (a CI runner, the benchmarks) may set {@code -Dkyoso.local.startup-timeout-seconds} or the
     * environment variable {@code KYOSO_STARTUP_TIMEOUT_SECONDS}.
     */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("kyoso.local.startup-timeout-seconds",
            Long.parseLong(System.getenv().getOrDefault("KYOSO_STARTUP_TIMEOUT_SECONDS", "120"))));
    private static final int KAFKA_PARTITIONS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);

    private final LocalPlatformOptions options;
    private final DataDirectory data;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::closeFromShutdownHook, "kyoso-local-shutdown");
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedMailServer mail;
    private int portalPort;
    private Duration startupTime = Duration.ZERO;
    private boolean closed;

    private LocalPlatform(LocalPlatformOptions options) {
        this.options = options;
        this.data = new DataDirectory(options.dataDirectory());
    }

    /**
     * Starts everything and returns once every service answers {@code /health} with 200 and demo data is loaded.
     *
     * @param options what to start and where
     * @return the running platform; close it to stop everything
     * @throws IllegalStateException if a part does not come up (the message carries the failing service's log tail);
     *     whatever had started is stopped again
     */
    public static LocalPlatform start(LocalPlatformOptions options) {
        LocalPlatform platform = new LocalPlatform(options);
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            platform.boot();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** @return the portal's origin, through which browsers and tests reach every API */
    public URI portalUrl() {
        return serviceUrl(LocalService.PORTAL);
    }

    /**
     * @param service a name from {@link LocalService#ALL}, e.g. {@code co-creation}
     * @return its own base URL, bypassing the portal
     */
    public URI serviceUrl(String service) {
        return process(service).url();
    }

    /** @return the broker, which tests may stop and start to see the platform ride out a Kafka outage */
    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    /**
     * @return the SMTP server every mail goes to (and the portal's local mailbox reads over IMAP); tests may stop and
     *     start it to see mails wait in the outboxes
     */
    public EmbeddedMailServer mail() {
        return mail;
    }

    /** @return the database server; JDBC URLs per service come from {@link EmbeddedPostgresServer#jdbcUrl} */
    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** @return the data folder (PostgreSQL, Kafka, logs, JWT secret) */
    public Path dataDirectory() {
        return data.root();
    }

    /** @return the secret the services sign and check tokens with, for tests and load that sign their own */
    public String jwtSecret() {
        return data.jwtSecret();
    }

    /**
     * @param service a service name
     * @return the file its stdout and stderr go to
     */
    public Path log(String service) {
        return process(service).log();
    }

    /** @return how long {@link #start} took */
    public Duration startupTime() {
        return startupTime;
    }

    /** @return every service in port order, with a health check made just now */
    public List<ServiceStatus> status() {
        List<ServiceProcess> current;
        synchronized (this) {
            current = List.copyOf(services.values());
        }
        List<ServiceStatus> statuses = new ArrayList<>();
        for (ServiceProcess service : current) {
            boolean healthy = service.healthStatus().map(code -> code == 200).orElse(false);
            OptionalLong pid = service.pid().map(OptionalLong::of).orElse(OptionalLong.empty());
            statuses.add(new ServiceStatus(service.name(), service.port(), service.url(), healthy, pid));
        }
        return statuses;
    }

    /**
     * Stops one service (SIGTERM, killed after 15 s) and waits until its process has exited.
     *
     * @param name a service name
     */
    public void stopService(String name) {
        process(name).stop();
        LOG.info("{} stopped", name);
    }

    /**
     * Starts a stopped service again with the same environment and port, and waits until it is healthy.
     *
     * @param name a service name
     */
    public void startService(String name) {
        ServiceProcess service = process(name);
        long started = System.nanoTime();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The platform is closed");
            }
            service.launch(false);
        }
        service.awaitHealthy(started + STARTUP_TIMEOUT.toNanos());
        LOG.info("{} healthy again after {}", name, seconds(System.nanoTime() - started));
    }

    /** Stops services, then Kafka, then PostgreSQL; data stays. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopAllServices();
        if (mail != null) {
            mail.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        data.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // We are the hook, or it is about to run and will find everything closed.
        }
    }

    private void boot() {
        long started = System.nanoTime();
        data.lock();
        stopLeftovers();
        if (options.fresh()) {
            LOG.info("Starting fresh: deleting everything in {}", data.root());
            data.clear();
        }
        data.createLayout();

        portalPort = options.freePorts() ? FreePorts.take() : options.basePort();
        int postgresPort = options.freePorts() ? FreePorts.take() : LocalPlatformOptions.FIXED_POSTGRES_PORT;
        int kafkaPort = options.freePorts() ? FreePorts.take() : LocalPlatformOptions.FIXED_KAFKA_PORT;
        int controllerPort = options.freePorts() ? FreePorts.take() : LocalPlatformOptions.FIXED_KAFKA_PORT + 1;
        Map<LocalService, Integer> servicePorts = new LinkedHashMap<>();
        for (LocalService service : LocalService.ALL) {
            servicePorts.put(service, options.freePorts() && service.portOffset() > 0 ? FreePorts.take()
                    : portalPort + service.portOffset());
        }
        if (!options.freePorts()) {
            checkFixedPortsFree(servicePorts, postgresPort, kafkaPort, controllerPort);
        }
        checkJarsExist();

        startDatabaseAndBroker(postgresPort, kafkaPort, controllerPort);
        // Mails stay on this machine: free ports, in memory (a restart of ./kyoso up starts with an empty mailbox).
        mail = EmbeddedMailServer.start(0, 0);

        launchAll(servicePorts, data.jwtSecret(), started);

        if (options.demoData() && !data.demoDataLoaded()) {
            data.markDemoDataLoaded(DemoData.load(portalUrl()));
        }
        startupTime = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("kyoso is up in {}: portal on {}", seconds(startupTime.toNanos()), portalUrl());
    }

    /**
     * PostgreSQL (mostly its own processes) and Kafka (threads of this JVM) start side by side: the services need
     * both, and one after the other they were a fixed part of every start. Either failing fails the start, and
     * {@link #close()} then stops whichever did come up.
     */
    private void startDatabaseAndBroker(int postgresPort, int kafkaPort, int controllerPort) {
        CompletableFuture<EmbeddedKafkaBroker> broker = new CompletableFuture<>();
        // Not a daemon: the broker's own threads inherit it, as they did when the launcher's thread started them.
        new Thread(() -> {
            try {
                broker.complete(EmbeddedKafkaBroker.builder().logDirectory(data.kafka()).port(kafkaPort)
                        .controllerPort(controllerPort).partitions(KAFKA_PARTITIONS).start());
            } catch (Throwable e) {
                broker.completeExceptionally(e);
            }
        }, "kyoso-local-kafka-start").start();
        RuntimeException failure = null;
        try {
            postgres = EmbeddedPostgresServer.start(data.postgres(), postgresPort);
            LocalService.ALL.forEach(service -> postgres.createDatabaseIfMissing(service.database()));
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            kafka = broker.join();
        } catch (CompletionException e) {
            RuntimeException brokerFailure = e.getCause() instanceof RuntimeException cause ? cause : e;
            if (failure == null) {
                failure = brokerFailure;
            } else {
                failure.addSuppressed(brokerFailure);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The services' whole configuration. Demo users are on unless the options say otherwise: locally the portal's user store is the only way to
     * sign in, and the JWT secret is random per data folder, so their public password opens nothing elsewhere.
     */
    private Map<String, String> environment(LocalService service, Map<LocalService, Integer> ports, String secret) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(ports.get(service)));
        environment.put("DATASOURCES_DEFAULT_URL", postgres.jdbcUrl(service.database()));
        environment.put("DATASOURCES_DEFAULT_USERNAME", postgres.username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("KYOSO_JWT_SECRET", secret);
        // Ten idle connections per service, as configured for production, are sixty PostgreSQL backends here.
        environment.put("DATASOURCES_DEFAULT_MINIMUM_IDLE", "2");
        // Local mode is demo mode (co-creation seeds demo organisations) unless a journey starts as a city would.
        environment.put("KYOSO_DEMO_ENABLED", Boolean.toString(options.demoMode()));
        // Every mail goes to the embedded SMTP server; links in mails point at this portal.
        environment.put("KYOSO_MAIL_SMTP_HOST", mail.host());
        environment.put("KYOSO_MAIL_SMTP_PORT", Integer.toString(mail.smtpPort()));
        environment.put("KYOSO_PUBLIC_BASE_URL", "http://localhost:" + portalPort);
        environment.put("KYOSO_ATTACHMENTS_STORAGE", "local");
        environment.put("KYOSO_ATTACHMENTS_LOCAL_PATH", data.attachments(service.name()).toAbsolutePath().toString());
        if (service.name().equals(LocalService.PORTAL)) {
            environment.putAll(options.portalEnvironment());
            environment.put("KYOSO_MAIL_LOCAL_MAILBOX_IMAP_HOST", mail.host());
            environment.put("KYOSO_MAIL_LOCAL_MAILBOX_IMAP_PORT", Integer.toString(mail.imapPort()));
            ports.forEach((other, port) -> {
                if (other != service) {
                    environment.put(other.portalUrlVariable(), "http://localhost:" + port);
                }
            });
        }
        return environment;
    }

    /**
     * All at once: the JVMs start in parallel, and the slowest one decides how long we wait. Under the lock, so that a
     * Ctrl-C arriving mid-start either sees these processes to stop or stops us from launching them.
     */
    private void launchAll(Map<LocalService, Integer> servicePorts, String secret, long started) {
        // Archives in the data folder are recorded only when the folder is kept; a folder of their own outlives it.
        Path classData = options.classDataDirectory() == null ? data.classData() : options.classDataDirectory();
        boolean recordClassData = options.classDataDirectory() != null || !options.fresh();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Stopped while starting");
            }
            for (LocalService service : LocalService.ALL) {
                ServiceProcess process = new ServiceProcess(service, servicePorts.get(service),
                        service.jar(options.repositoryRoot()), environment(service, servicePorts, secret), data,
                        classData, recordClassData);
                services.put(service.name(), process);
                process.launch(true);
            }
        }
        LOG.info("Started {} services, waiting for them to become healthy (logs in {})", services.size(),
                data.logs());
        long deadline = started + STARTUP_TIMEOUT.toNanos();
        for (ServiceProcess service : services.values()) {
            service.awaitHealthy(deadline);
            LOG.info("{} healthy on {} ({} since start)", service.name(), service.url(),
                    seconds(System.nanoTime() - started));
        }
    }

    /**
     * A launcher killed with -9 leaves its children and PostgreSQL running on this folder; they would hold the ports
     * and, for PostgreSQL, the cluster. Stopping them here makes a plain {@code ./kyoso up} the fix.
     */
    private void stopLeftovers() {
        for (LocalService service : LocalService.ALL) {
            ServiceProcess.stopOrphan(data.pidFile(service.name()), service.jar(options.repositoryRoot()));
        }
        if (Files.exists(data.postgres().resolve("postmaster.pid"))) {
            // Starting on the folder stops an orphaned postmaster (see EmbeddedPostgresServer); closing then leaves
            // the cluster cleanly shut down, so --fresh can delete it and a normal start finds its port free.
            EmbeddedPostgresServer.start(data.postgres(), 0).close();
        }
    }

    private void checkFixedPortsFree(Map<LocalService, Integer> servicePorts, int postgresPort, int kafkaPort,
                                     int controllerPort) {
        String anotherLauncher = "is another ./kyoso up (or something else) running?";
        servicePorts.forEach((service, port) -> Ports.requireFree(port, service.name(),
                anotherLauncher + " Use --port N to move the services to N..N+5"));
        Ports.requireFree(postgresPort, "embedded PostgreSQL", anotherLauncher);
        Ports.requireFree(kafkaPort, "embedded Kafka", anotherLauncher);
        Ports.requireFree(controllerPort, "embedded Kafka controller", anotherLauncher);
    }

    private void checkJarsExist() {
        List<Path> missing = LocalService.ALL.stream().map(service -> service.jar(options.repositoryRoot()))
                .filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jars missing: " + missing
                    + "; build them first: ./mvnw install -DskipTests (./kyoso up does this for you)");
        }
    }

    /** In parallel, so that stopping takes as long as the slowest service rather than the sum of them. */
    private void stopAllServices() {
        List<ServiceProcess> running;
        synchronized (this) {
            running = List.copyOf(services.values());
        }
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess service : running) {
            Thread thread = new Thread(service::stop, "stop-" + service.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(ServiceProcess::kill);
                return;
            }
        }
    }

    private void closeFromShutdownHook() {
        try {
            close();
        } catch (RuntimeException e) {
            List<ServiceProcess> running;
            synchronized (this) {
                running = List.copyOf(services.values());
            }
            running.forEach(ServiceProcess::kill);
            LOG.warn("Could not stop everything cleanly", e);
        }
    }

    private synchronized ServiceProcess process(String name) {
        ServiceProcess service = services.get(LocalService.named(name).name());
        if (service == null) {
            throw new IllegalStateException("The platform has not started " + name);
        }
        return service;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", TimeUnit.NANOSECONDS.toMillis(nanos) / 1000.0);
    }

    @Override
    public String toString() {
        return "LocalPlatform[" + data.root() + ", services=" + services.values() + "]";
    }
}
