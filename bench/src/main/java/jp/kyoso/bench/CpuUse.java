package jp.kyoso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.ServiceStatus;

/**
 * The CPU time each part of the platform spent over a stretch of the bench, from {@code /proc} (Linux; elsewhere
 * nothing is reported). The throughput of one run depends on how fast the shared machine is in those seconds; the
 * CPU per event of each part does much less, so it is what shows where a change took cost away.
 */
final class CpuUse {

    /** Linux reports process times in these ticks ({@code USER_HZ}), 100 per second on every common build. */
    private static final double TICKS_PER_SECOND = 100;
    private static final String POSTGRES = "postgres";
    private static final String BENCH = "bench JVM (Kafka broker, harness)";
    private static final String CHILDREN = "load generator (exited children of the bench JVM)";

    private final LocalPlatform platform;

    CpuUse(LocalPlatform platform) {
        this.platform = platform;
    }

    /** Ticks of CPU (user and system) so far, by part. */
    record Snapshot(Map<String, Long> ticks) {
    }

    Snapshot take() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return new Snapshot(ticks);
        }
        for (ServiceStatus service : platform.status()) {
            service.pid().ifPresent(pid -> ticks.put(service.name(), own(pid)));
        }
        ticks.put(POSTGRES, postgres());
        long self = ProcessHandle.current().pid();
        ticks.put(BENCH, own(self));
        ticks.put(CHILDREN, children(self));
        return new Snapshot(ticks);
    }

    /**
     * @return e.g. "city-lab 2.31 ms, postgres 1.02 ms, …; all 6.10 ms": each part's CPU between the two snapshots
     *     per event, largest first
     */
    static String perEvent(Snapshot before, Snapshot after, long events) {
        if (events <= 0 || after.ticks().isEmpty()) {
            return "(not measured)";
        }
        Map<String, Double> millis = new LinkedHashMap<>();
        after.ticks().forEach((part, ticks) -> millis.put(part,
                (ticks - before.ticks().getOrDefault(part, 0L)) / TICKS_PER_SECOND * 1000 / events));
        double all = millis.values().stream().mapToDouble(Double::doubleValue).sum();
        return millis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(part -> String.format(Locale.ROOT, "%s %.2f ms", part.getKey(), part.getValue()))
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; all %.2f ms", all);
    }

    /**
     * The server and every backend now running, plus the backends that have exited (counted in the server's children
     * once it has waited for them, as it does at once).
     */
    private long postgres() {
        Path pidFile = platform.postgres().dataDirectory().resolve("postmaster.pid");
        try {
            long server = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            long sum = own(server) + children(server);
            for (ProcessHandle backend : ProcessHandle.of(server).map(handle -> handle.descendants().toList())
                    .orElse(List.of())) {
                sum += own(backend.pid());
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long own(long pid) {
        return field(pid, 11) + field(pid, 12);
    }

    private static long children(long pid) {
        return field(pid, 13) + field(pid, 14);
    }

    /** Field {@code index} (0 = state) after the command name of {@code /proc/<pid>/stat}; 0 once it has exited. */
    private static long field(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[index]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
