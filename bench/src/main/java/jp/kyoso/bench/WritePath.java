package jp.kyoso.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.local.LocalPlatform;
import jp.kyoso.local.ProposalLoad;

/**
 * Submitting a proposal over HTTP (City Lab: checks, the proposal row and the outbox row in one transaction) against
 * pgbench making the same two inserts in one transaction, with the same number of clients, on the same PostgreSQL.
 */
final class WritePath {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final LocalPlatform platform;
    private final ProposalLoad load;
    private final Db cityLab;
    private final Path work;

    WritePath(LocalPlatform platform, ProposalLoad load, Path work) {
        this.platform = platform;
        this.load = load;
        this.cityLab = new Db(platform, "citylab");
        this.work = work;
    }

    /** @return accepted proposals per second with {@code clients} closed-loop clients for {@code duration} */
    double kyoso(int clients, Duration duration) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    if (load.submit().accepted()) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (refused.get() > 0) {
            System.out.printf("  (%d proposals refused)%n", refused.get());
        }
        return accepted.get() / seconds;
    }

    /** Creates pgbench's copies of the two tables (same columns, indexes and constraints) and its script. */
    Path preparePgbench() {
        cityLab.execute("drop table if exists bench_proposal");
        cityLab.execute("drop table if exists bench_outbox");
        cityLab.execute("create table bench_proposal (like proposal including all)");
        cityLab.execute("alter table bench_proposal add foreign key (challenge_id) references challenge (id)");
        cityLab.execute("create table bench_outbox (like outbox_event including all)");
        String payload = cityLab.text("select payload " + Relay.LATEST_PROPOSAL);
        if (payload == null) {
            throw new IllegalStateException("Run the service first: pgbench copies a real event's payload");
        }
        String challenge = load.challenge(0).toString();
        String script = String.join("\n",
                "BEGIN;",
                "INSERT INTO bench_proposal (id, challenge_id, organisation_id, submitted_by, title, summary, approach,"
                        + " team, sdg_targets, expected_outcome, cost_estimate_yen, period_from, period_to, status,"
                        + " submitted_at, updated_at, version) VALUES (gen_random_uuid(), '" + challenge + "',"
                        + " gen_random_uuid(), 'bench-member', '高齢者の移動支援に関する実証提案',"
                        + " 'オンデマンド交通とボランティア送迎を組み合わせ、坂の多い地区の通院を支えます。',"
                        + " '三か月の実証で需要を測り、地域の事業者と運行モデルを検証します。',"
                        + " '事業開発2名、エンジニア3名、地域コーディネーター1名', '11.2,3.8',"
                        + " '通院のための移動時間を三割短縮します。', 4800000, '2026-04-01', '2027-03-31', 'SUBMITTED',"
                        + " now(), now(), 0);",
                "INSERT INTO bench_outbox (id, topic, event_key, event_type, source, occurred_at, correlation_id,"
                        + " payload) VALUES (gen_random_uuid(), 'citylab.challenge.events', '" + challenge + "',"
                        + " 'jp.kyoso.citylab.proposal.submitted.v1', '/services/city-lab', now(),"
                        + " '0f8fad5b-d9cb-469f-a165-70867728950e', '" + payload.replace("'", "''") + "');",
                "END;", "");
        Path file = work.resolve("proposal.sql");
        try {
            Files.createDirectories(work);
            Files.writeString(file, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** @return pgbench's transactions per second (without connection time) */
    double pgbench(Path script, int clients, Duration duration) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(pgbenchBinary(), "-n", "-M", "prepared",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(duration.toSeconds()), "-f", script.toString(),
                "-h", "localhost", "-p", Integer.toString(platform.postgres().port()),
                "-U", platform.postgres().username(), "citylab"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", platform.postgres().password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("No tps in pgbench's output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    static String pgbenchBinary() {
        String configured = System.getenv("PGBENCH");
        return configured != null ? configured : "pgbench";
    }

    static String describe(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }
}
