package jp.kyoso.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.kyoso.local.launcher.ServiceJvmFlags;

/**
 * {@code ./kyoso up} exactly as a developer runs it, on its own data folder: the time from the command to "kyoso is
 * up" with the jars built and the data folder already initialised (warm), and the memory of the whole stack once up:
 * the launcher (which hosts Kafka) and every process below it, plus the PostgreSQL server processes of that folder.
 * Proportional set size (PSS) counts memory shared between processes once; the sum of RSS counts it in each.
 */
final class Footprint {

    private final Path repository;
    private final Path data;
    private final int port;

    Footprint(Path repository, Path data, int port) {
        this.repository = repository;
        this.data = data;
        this.port = port;
    }

    /** One start: seconds to ready, RSS sum and PSS sum in bytes. */
    record Start(double seconds, long rssBytes, long pssBytes, int processes) {
    }

    Start once() throws Exception {
        // ./bench/run has just built every jar; a source edited since must not make ./kyoso up build (and install).
        Path stamp = repository.resolve("deploy/local/target/kyoso-up.stamp");
        Files.writeString(stamp, "");
        ProcessBuilder builder = new ProcessBuilder(repository.resolve("kyoso").toString(), "up", "--port",
                Integer.toString(port)).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().put("KYOSO_DATA_DIR", data.toString());
        // The footprint is ./kyoso up as a developer starts it, whatever flags the other measurements ran with.
        builder.environment().remove(ServiceJvmFlags.VARIABLE);
        // Measured, not limited: a loaded machine must not turn a slow start into a failed run.
        builder.environment().put("KYOSO_STARTUP_TIMEOUT_SECONDS", "600");
        long started = System.nanoTime();
        Process launcher = builder.start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains("kyoso is up")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the launcher went away
            }
            ready.complete(false);
        }, "kyoso-up-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.get(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("./kyoso up did not come up:\n" + output);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            // Let the services finish what start-up triggered (first consumer polls, JIT) before weighing them.
            TimeUnit.SECONDS.sleep(10);
            Set<Long> pids = stack(launcher.toHandle());
            long rss = 0;
            long pss = 0;
            for (long pid : pids) {
                rss += kib(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") * 1024;
                pss += kib(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:") * 1024;
            }
            return new Start(seconds, rss, pss, pids.size());
        } finally {
            launcher.destroy(); // SIGTERM: the launcher stops the services, Kafka and PostgreSQL in order
            // The first stop writes each service's class-data archive: minutes on a busy machine.
            if (!launcher.waitFor(5, TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
            }
        }
    }

    private Set<Long> stack(ProcessHandle launcher) throws IOException {
        Set<Long> pids = new HashSet<>();
        pids.add(launcher.pid());
        launcher.descendants().forEach(child -> pids.add(child.pid()));
        String postgresData = data.resolve("postgres").toString();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String commandLine = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (commandLine.contains(postgresData)) {
                        long postmaster = Long.parseLong(name);
                        pids.add(postmaster);
                        ProcessHandle.of(postmaster).ifPresent(handle ->
                                handle.descendants().forEach(child -> pids.add(child.pid())));
                    }
                } catch (IOException | RuntimeException gone) {
                    // exited meanwhile
                }
            }
        }
        return pids;
    }

    private static long kib(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // exited meanwhile
        }
        return 0;
    }
}
