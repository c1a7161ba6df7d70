package jp.kyoso.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleFunction;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.LocalPlatformOptions;
import jp.kyoso.local.launcher.ServiceJvmFlags;
import jp.kyoso.local.load.ProposalLoad;

/**
 * {@code ./bench/run}: every measurement of issue 10 on this machine, each repeated for a median, printed as it goes
 * and written as a Markdown table to {@code bench/RESULTS.md}.
 *
 * <pre>
 * ./bench/run [--quick] [--only write,relay,projection,freshness,footprint] [--repeats N] [--events N]
 *             [--before-events N]
 * </pre>
 * {@code --quick} runs short versions to check the harness (figures not meant for the record).
 */
public final class Bench {

    static {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "kyoso-local-logback.xml");
        }
    }

    private static final int CLIENTS = 8;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final boolean quick;
    private final Set<String> only;
    private final int repeats;
    private final long projectionEvents;
    private final long beforeEvents;
    private final int projectionRepeats;
    private final Path repository;
    private final List<Result> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Bench(boolean quick, Set<String> only, int repeats, long projectionEvents, long beforeEvents,
                  Path repository) {
        this.quick = quick;
        this.beforeEvents = beforeEvents;
        this.projectionRepeats = Integer.getInteger("bench.projection-repeats", repeats);
        this.only = only;
        this.repeats = repeats;
        this.projectionEvents = projectionEvents;
        this.repository = repository;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        Set<String> only = Set.of(value(arguments, "--only", "write,relay,freshness,projection,footprint").split(","));
        int repeats = Integer.parseInt(value(arguments, "--repeats", quick ? "1" : "3"));
        long events = Long.parseLong(value(arguments, "--events", quick ? "50000" : "1000000"));
        Path repository = Path.of(value(arguments, "--repository", ".")).toAbsolutePath().normalize();
        long before = Long.parseLong(value(arguments, "--before-events", quick ? "5000" : "100000"));
        new Bench(quick, only, repeats, events, before, repository).run();
        System.exit(0);
    }

    private static String value(List<String> arguments, String name, String fallback) {
        int index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
    }

    private void run() throws Exception {
        Machine machine = Machine.current();
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        System.out.println("kyoso bench on " + machine.describe());
        if (only.contains("footprint")) {
            footprint();
            write(machine, startedAt, "(still running)");
        }
        Path data = repository.resolve("bench/target/platform");
        if (only.stream().anyMatch(Set.of("write", "relay", "freshness", "projection")::contains)) {
            try (LocalPlatform platform = LocalPlatform.start(new LocalPlatformOptions(data, true, repository, 0,
                    false))) {
                System.out.println("Platform up in " + platform.startupTime().toMillis() + " ms");
                ProposalLoad load = ProposalLoad.prepare(new ProposalLoad.Target(platform.serviceUrl("city-lab"),
                        platform.serviceUrl("kpi"), platform.postgres(), platform.jwtSecret()), 12_000, 100);
                if (only.contains("write")) {
                    writePath(platform, load);
                    write(machine, startedAt, "(still running)");
                }
                if (only.contains("relay")) {
                    relay(platform, load);
                    write(machine, startedAt, "(still running)");
                }
                if (only.contains("freshness")) {
                    freshness(platform, load);
                    write(machine, startedAt, "(still running)");
                }
                if (only.contains("projection")) {
                    projection(platform, load, machine, startedAt);
                }
            }
        }
        String finishedAt = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        write(machine, startedAt, finishedAt);
    }

    private void writePath(LocalPlatform platform, ProposalLoad load) throws Exception {
        Duration duration = Duration.ofSeconds(quick ? 5 : 20);
        WritePath write = new WritePath(platform, load, repository.resolve("bench/target"));
        Wrk wrk = new Wrk(load, repository.resolve("bench/target"));
        CpuUse cpu = new CpuUse(platform);
        System.out.println("Write path: warming up");
        wrk.run(CLIENTS, Duration.ofSeconds(quick ? 3 : 60)); // C1-only service JVMs keep speeding up for a while
        WritePath.Scripts scripts = write.preparePgbench();
        System.out.println("Write path: one submission's statements, as City Lab's PostgreSQL logs them");
        write.captureStatements().forEach(statement -> System.out.println("  " + statement));
        write.pgbench(scripts.inserts(), CLIENTS, Duration.ofSeconds(quick ? 2 : 5));
        write.pgbench(scripts.sameStatements(), CLIENTS, Duration.ofSeconds(quick ? 2 : 5));
        List<Double> kyoso = new ArrayList<>();
        List<Double> inserts = new ArrayList<>();
        List<Double> same = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            CpuUse.Snapshot before = cpu.take();
            Wrk.Accepted accepted = wrk.run(CLIENTS, duration);
            kyoso.add(accepted.perSecond());
            // The relay's and the consumers' work for this run is part of the system's cost, and pgbench runs after it.
            new Relay(platform).awaitQuiet("with the write path's events");
            System.out.println("  CPU per proposal: " + CpuUse.perEvent(before, cpu.take(), accepted.proposals()));
            inserts.add(write.pgbench(scripts.inserts(), CLIENTS, duration));
            same.add(write.pgbench(scripts.sameStatements(), CLIENTS, duration));
            System.out.printf(Locale.ROOT, "Write path run %d: kyoso %.0f/s, pgbench %.0f/s (2 inserts), %.0f/s (the "
                    + "endpoint's statements)%n", i + 1, kyoso.get(i), inserts.get(i), same.get(i));
        }
        String measurement = "Write path: proposal submitted over HTTP (" + CLIENTS + " clients, "
                + duration.toSeconds() + " s)";
        ratioRow(measurement, kyoso, inserts, "pgbench, same 2 inserts in 1 transaction", 0.15, WritePath::describe);
        ratioRow(measurement + ", against the same statements", kyoso, same,
                "pgbench, the endpoint's statements in 1 transaction", 0.5, WritePath::describe);
    }

    private void relay(LocalPlatform platform, ProposalLoad load) throws Exception {
        int n = quick ? 20_000 : 200_000;
        // Both sides copy a real proposal event: make one, in case the write path did not run before.
        if (load.submit().status() != 201) {
            throw new IllegalStateException("City Lab refused the proposal whose event the relay benchmark copies");
        }
        Relay relay = new Relay(platform);
        try (BareProducer.Remote likeCityLab = relay.bareProducerLikeCityLab(
                repository.resolve("bench/target/bare-producer.log"))) {
            // Each side once untimed, which also makes its topic. The relay's first sends to the topic it had just
            // made were refused for 10 s (Kafka's OutOfOrderSequenceException until the delivery timeout; RESULTS.md,
            // 2026-12-07, fourth session); that was the relay's slow first run, charged to it and not to the
            // producer, whose topic was made before its clock started.
            relay.kyoso(Math.min(n, 20_000));
            relay.bareProducer(likeCityLab, Math.min(n, 20_000));
            relay.bareProducer(Math.min(n, 20_000));
            List<Double> kyoso = new ArrayList<>();
            List<Double> like = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                kyoso.add(relay.kyoso(n));
                like.add(relay.bareProducer(likeCityLab, n));
                bare.add(relay.bareProducer(n));
                System.out.printf(Locale.ROOT, "Relay run %d: kyoso %.0f/s, bare producer %.0f/s in a JVM like City"
                        + " Lab's, %.0f/s in the bench's%n", i + 1, kyoso.get(i), like.get(i), bare.get(i));
            }
            String measurement = "Relay: outbox → Kafka (" + String.format(Locale.ROOT, "%,d", n) + " events)";
            ratioRow(measurement, kyoso, like, "bare producer, acks=all, same records, in a JVM with City Lab's flags",
                    0.5, WritePath::describe);
            ratioRow(measurement + ", against the producer in the bench's JVM", kyoso, bare,
                    "bare producer as above, in the bench's JVM: full JIT, beside the broker", 0.5,
                    WritePath::describe);
        }
    }

    private void freshness(LocalPlatform platform, ProposalLoad load) throws Exception {
        Duration duration = Duration.ofSeconds(quick ? 10 : 60);
        Freshness freshness = new Freshness(platform, load);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            List<Double> latencies = freshness.run(200, duration);
            p50.add(Stats.percentile(latencies, 50));
            p99.add(Stats.percentile(latencies, 99));
            System.out.printf(Locale.ROOT, "Freshness run %d: %d proposals, p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    i + 1, latencies.size(), p50.get(i), p99.get(i), Stats.percentile(latencies, 100));
        }
        double medianP99 = Stats.median(p99);
        results.add(new Result("Freshness: 201 → KPI counts it, 200 proposals/s for " + duration.toSeconds() + " s",
                String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms", Stats.median(p50), medianP99), "", "",
                "p99 ≤ 500 ms", medianP99 <= 500, runs(p99, value -> String.format(Locale.ROOT, "p99 %.0f", value))));
    }

    private void projection(LocalPlatform platform, ProposalLoad load, Machine machine, String startedAt)
            throws Exception {
        Projection projection = new Projection(platform, load);
        if (beforeEvents > 0) {
            System.out.println("Projection before the fix: filling " + Projection.TOPIC + " to " + beforeEvents);
            long size = projection.fill(beforeEvents);
            double[] before = projection.rebuildOneTransactionPerEvent(repository);
            double[] after = projection.rebuild();
            System.out.printf(Locale.ROOT, "Projection before/after on %d events: one transaction per event %.0f/s, "
                    + "one per poll %.0f/s%n", size, before[0], after[0]);
            results.add(new Result("Projection before/after the fix, rebuild of " + String.format(Locale.ROOT, "%,d",
                    (long) after[1]) + " events: one transaction per event → one per poll",
                    WritePath.describe(after[0]), WritePath.describe(before[0]) + " (before the fix)",
                    String.format(Locale.ROOT, "%.1f× faster", after[0] / before[0]), "", after[0] > before[0],
                    "1 run each"));
            write(machine, startedAt, "(still running)");
        }
        System.out.println("Projection: filling " + Projection.TOPIC + " to " + projectionEvents + " events");
        long size = projection.fill(projectionEvents);
        List<Double> kyoso = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < projectionRepeats; i++) {
            double[] rebuild = projection.rebuild();
            kyoso.add(rebuild[0]);
            long replayed = (long) rebuild[1];
            bare.add(projection.bareConsumer());
            System.out.printf(Locale.ROOT, "Projection run %d: kpi rebuild %.0f events/s (%d events), "
                    + "bare consumer %.0f/s%n", i + 1, kyoso.get(i), replayed, bare.get(i));
            double median = Stats.median(kyoso);
            results.removeIf(result -> result.measurement().startsWith("Projection: kpi rebuild"));
            results.add(new Result("Projection: kpi rebuild of " + String.format(Locale.ROOT, "%,d", replayed)
                    + " events (topic holds " + String.format(Locale.ROOT, "%,d", size) + ")",
                    WritePath.describe(median), WritePath.describe(Stats.median(bare)) + " (bare consumer)",
                    String.format(Locale.ROOT, "%.2f", median / Stats.median(bare)), "≥ 25,000/s on 2 cores",
                    median >= 25_000, runs(kyoso, WritePath::describe)));
            write(machine, startedAt, "(still running)");
        }
    }

    private void footprint() throws Exception {
        Path data = repository.resolve("bench/target/footprint");
        Footprint footprint = new Footprint(repository, data, freePortBlock());
        System.out.println("Footprint: first ./kyoso up on " + data + " (creates the data, loads demo data)");
        footprint.once();
        List<Double> seconds = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> pss = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Footprint.Start start = footprint.once();
            seconds.add(start.seconds());
            rss.add(start.rssBytes() / GIB);
            pss.add(start.pssBytes() / GIB);
            System.out.printf(Locale.ROOT, "Footprint run %d: up in %.1f s, %d processes, RSS %.2f GiB, PSS %.2f GiB%n",
                    i + 1, start.seconds(), start.processes(), rss.get(i), pss.get(i));
        }
        double upIn = Stats.median(seconds);
        results.add(new Result("Footprint: ./kyoso up to ready (warm)", String.format(Locale.ROOT, "%.1f s", upIn),
                "", "", "≤ 30 s", upIn <= 30, runs(seconds, value -> String.format(Locale.ROOT, "%.1f s", value))));
        double memory = Stats.median(pss);
        results.add(new Result("Footprint: memory of the running stack (PSS; sum of RSS in brackets)",
                String.format(Locale.ROOT, "%.2f GiB (%.2f GiB)", memory, Stats.median(rss)), "", "", "≤ 2 GiB",
                memory <= 2, runs(pss, value -> String.format(Locale.ROOT, "%.2f", value))));
    }

    /** ./kyoso up needs six ports in a row; PostgreSQL and Kafka use their fixed ports (5433, 9093, 9094). */
    private static int freePortBlock() throws IOException {
        for (int base = 18080; base < 60000; base += 10) {
            boolean free = true;
            for (int offset = 0; offset <= 5 && free; offset++) {
                try (ServerSocket socket = new ServerSocket(base + offset)) {
                    socket.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IOException("No six free ports in a row");
    }

    private void ratioRow(String measurement, List<Double> kyoso, List<Double> baseline, String baselineName,
                          double goal, DoubleFunction<String> format) {
        double ratio = Stats.median(kyoso) / Stats.median(baseline);
        results.add(new Result(measurement, format.apply(Stats.median(kyoso)),
                format.apply(Stats.median(baseline)) + " (" + baselineName + ")",
                String.format(Locale.ROOT, "%.2f", ratio), "ratio ≥ " + goal,
                ratio >= goal, runs(kyoso, format) + " vs " + runs(baseline, format)));
    }

    private static String runs(List<Double> values, DoubleFunction<String> format) {
        if (values.size() == 1) {
            return format.apply(values.get(0)) + " (1 run)";
        }
        return String.join(", ", values.stream().map(format::apply).toList());
    }

    private void write(Machine machine, String startedAt, String finishedAt) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("| measurement | kyoso (median) | baseline (median) | ratio | goal | met | runs |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            table.append("| ").append(result.measurement()).append(" | ").append(result.kyoso()).append(" | ")
                    .append(result.baseline()).append(" | ").append(result.ratio()).append(" | ")
                    .append(result.goal()).append(" | ").append(result.met() ? "yes" : "**no**").append(" | ")
                    .append(result.runs()).append(" |\n");
        }
        String section = "## Run of " + startedAt + (quick ? " (quick: harness check, not for the record)" : "")
                + "\n\nMachine: " + machine.describe() + ". Finished " + finishedAt + ", load average then "
                + Machine.loadAverage() + ". Repeats: " + repeats + ". Service JVMs (not the footprint's): "
                + String.join(" ", ServiceJvmFlags.current()) + "; kpi's: "
                + String.join(" ", ServiceJvmFlags.of("kpi")) + ".\n\n"
                + table;
        System.out.println();
        System.out.println(section);
        Path file = repository.resolve("bench/last-run.md");
        Files.writeString(file, section, StandardCharsets.UTF_8);
        System.out.println("Written to " + file + " (copy it into bench/RESULTS.md with the analysis)");
    }
}
