package jp.kyoso.local.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running as a child JVM. The environment is the service's whole configuration, exactly as in
 * production; only the JVM flags are local ({@link ServiceJvmFlags}).
 */
public final class ServiceProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);

    /** A variable exported for some other setup must not leak into the local stack and make it behave differently. */
    private static final List<String> INHERITED_PREFIXES_TO_DROP =
            List.of("MICRONAUT_", "DATASOURCES_", "KAFKA_", "KYOSO_", "FLYWAY_", "JPA_");

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);
    /**
     * Writing the class-data archive at exit takes a few seconds on an idle machine, but over a minute when six
     * services write theirs at once on two busy cores (seen at load average 30); it happens at the first stop only.
     */
    private static final Duration GRACEFUL_STOP_WHILE_RECORDING = Duration.ofMinutes(3);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalService service;
    private final int port;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private final Path pidFile;
    private final Path workingDirectory;
    private final Path classData;
    private final boolean recordClassData;
    private Process process;
    private ClassDataArchive recording;

    /**
     * @param recordClassData record the jar's class-data archive at the first stop, for the next starts (a data
     *     folder that is kept); a throwaway platform skips it, since writing it slows the stop
     */
    ServiceProcess(LocalService service, int port, Path jar, Map<String, String> environment, DataDirectory data,
                   boolean recordClassData) {
        this(service, port, jar, environment, data, data.classData(), recordClassData);
    }

    /**
     * @param classData the folder of class-data archives, when it is not the data folder's own (tests share one
     *     across the platforms of a run)
     * @param recordClassData record the archive at the first stop when there is none yet
     */
    public ServiceProcess(LocalService service, int port, Path jar, Map<String, String> environment,
                          DataDirectory data, Path classData, boolean recordClassData) {
        this.service = service;
        this.port = port;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.log = data.log(service.name());
        this.pidFile = data.pidFile(service.name());
        this.workingDirectory = data.root();
        this.classData = classData;
        this.recordClassData = recordClassData;
    }

    String name() {
        return service.name();
    }

    int port() {
        return port;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    Path log() {
        return log;
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    synchronized Optional<Long> pid() {
        return isRunning() ? Optional.of(process.pid()) : Optional.empty();
    }

    /**
     * Starts the JVM without waiting for it to be ready; no-op while it runs.
     *
     * @param truncateLog start a new log (a platform start) rather than append to it (a restart within one run,
     *     where the earlier lines tell what happened before)
     */
    public synchronized void launch(boolean truncateLog) {
        if (isRunning()) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + name() + " at " + jar
                    + "; build first: ./mvnw install -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceJvmFlags.of(name()));
        ClassDataArchive archive = ClassDataArchive.of(classData, name(), jar);
        command.addAll(archive.jvmFlags(recordClassData));
        recording = archive.recording() ? archive : null;
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(truncateLog ? ProcessBuilder.Redirect.to(log.toFile())
                        : ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> INHERITED_PREFIXES_TO_DROP.stream().anyMatch(key::startsWith));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            finishRecording();
            throw new UncheckedIOException("Could not start " + name() + " (" + jar + ")", e);
        }
        try {
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name() + " (" + jar + ")", e);
        }
        LOG.debug("Started {} as pid {} on port {}", name(), process.pid(), port);
    }

    /**
     * Waits for {@code GET /health} to answer 200.
     *
     * @param deadline in {@link System#nanoTime()} terms
     * @throws IllegalStateException if the process exits or the deadline passes, with the end of its log
     */
    public void awaitHealthy(long deadline) {
        AtomicReference<String> lastAnswer = new AtomicReference<>("no answer yet");
        try {
            await().atMost(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
                    .pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL).until(() -> {
                        Process current;
                        synchronized (this) {
                            current = process;
                        }
                        if (current == null || !current.isAlive()) {
                            String exit = current == null ? "was never started"
                                    : "exited with code " + current.exitValue();
                            throw new IllegalStateException(name() + " " + exit + " before becoming healthy. End of "
                                    + log + ":\n" + logTail());
                        }
                        Optional<Integer> status = healthStatus();
                        status.ifPresent(code -> lastAnswer.set("HTTP " + code));
                        return status.isPresent() && status.get() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name() + " is not healthy on " + url() + "/health (" + lastAnswer.get()
                    + "). End of " + log + ":\n" + logTail(), e);
        }
    }

    /** @return the HTTP status of {@code /health}, or empty when nothing answers */
    Optional<Integer> healthStatus() {
        HttpRequest request = HttpRequest.newBuilder(url().resolve("/health")).timeout(Duration.ofSeconds(3)).GET()
                .build();
        try {
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException notListening) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * SIGTERM first so that Micronaut finishes requests, flushes producers and commits offsets (and the JVM writes
     * the class-data archive when it records one); a JVM that is still there after 15 s (3 minutes when recording)
     * is killed.
     */
    public void stop() {
        Process current;
        boolean recordingArchive;
        synchronized (this) {
            current = process;
            process = null;
            recordingArchive = recording != null;
        }
        Duration grace = recordingArchive ? GRACEFUL_STOP_WHILE_RECORDING : GRACEFUL_STOP;
        if (current == null) {
            return;
        }
        if (current.isAlive()) {
            if (recordingArchive) {
                LOG.info("{}: writing its class-data archive for faster starts (first stop only)", name());
            }
            current.destroy();
            try {
                if (!current.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("{} (pid {}) did not stop within {} s; killing it", name(), current.pid(),
                            grace.toSeconds());
                    current.destroyForcibly().waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS);
                    discardPartialArchive();
                }
            } catch (InterruptedException e) {
                current.destroyForcibly();
                discardPartialArchive();
                Thread.currentThread().interrupt();
            }
        }
        finishRecording();
        deletePidFile();
    }

    /** Last resort from a shutdown hook that must not block: no waiting, just make sure the JVM goes away. */
    synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            discardPartialArchive();
        }
    }

    /** The JVM has exited, having written its archive: the next start (of any platform in this JVM) maps it. */
    private synchronized void finishRecording() {
        if (recording != null) {
            recording.recorded();
            recording = null;
        }
    }

    private synchronized void discardPartialArchive() {
        if (recording != null) {
            recording.discardPartial();
            recording = null;
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /**
     * A launcher killed with -9 cannot stop its children; the next one finds their pids here and stops them, but only
     * if the process still runs this service's jar, since the pid may have been reused by now.
     */
    static void stopOrphan(Path pidFile, Path jar) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().arguments()
                            .map(arguments -> List.of(arguments).contains(jar.toString())).orElse(false))
                    .ifPresent(ServiceProcess::stopOrphanProcess);
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            LOG.debug("Ignoring unreadable pid file {}", pidFile, e);
        }
    }

    private static void stopOrphanProcess(ProcessHandle orphan) {
        LOG.warn("Stopping {} (pid {}) left running by an earlier launcher", orphan.info().arguments()
                .map(arguments -> arguments[arguments.length - 1]).orElse("a service"), orphan.pid());
        orphan.destroy();
        try {
            orphan.onExit().get(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException stillThere) {
            orphan.destroyForcibly();
        } catch (InterruptedException e) {
            orphan.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // Harmless: the next start checks the pid still runs our jar before touching it.
        }
    }

    @Override
    public String toString() {
        return name() + "@" + port;
    }
}
