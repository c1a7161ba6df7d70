package jp.kyoso.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.load.ProposalLoad;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Submitting a proposal over HTTP (City Lab: checks, the proposal row and the outbox row in one transaction) against
 * pgbench making the same two inserts in one transaction, with the same number of clients, on the same PostgreSQL.
 */
final class WritePath {

    private static final Pattern LOG_LINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern INSERT_LINE = Pattern.compile(
            "\\[(\\d+)\\] citylab LOG:  execute [^:]*: insert into \"?proposal\"? ", Pattern.CASE_INSENSITIVE);
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /**
     * The reads City Lab sends for one submission, in its order, as {@link #captureStatements()} shows them (the
     * parameters written in): before the two inserts the challenge's status and deadline (the organisation's approval
     * is answered from memory), after them the invitation the proposal may conclude.
     */
    private static final List<String> ENDPOINT_READS_BEFORE_INSERTS = List.of(
            "select status, deadline from challenge where id = ':challenge';");
    private static final List<String> ENDPOINT_READS_AFTER_INSERTS = List.of(
            "SELECT invitation_.\"id\",invitation_.\"challenge_id\",invitation_.\"organisation_id\","
                    + "invitation_.\"seed_id\",invitation_.\"status\",invitation_.\"proposal_id\","
                    + "invitation_.\"sent_at\",invitation_.\"sent_by\","
                    + "invitation_.\"concluded_at\" FROM \"invitation\" invitation_ WHERE "
                    + "(invitation_.\"challenge_id\" = ':challenge' AND invitation_.\"organisation_id\" = "
                    + "':organisation' AND invitation_.\"status\" = 'SENT');");

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

    /** pgbench's two scripts: the endpoint's two inserts only, and every statement the endpoint sends. */
    record Scripts(Path inserts, Path sameStatements) {
    }

    /**
     * Creates pgbench's copies of the two tables (same columns, indexes and constraints) and its scripts. The inserts
     * go to the copies (rows in the real outbox would make the relay publish them, work pgbench's side should not
     * pay for); the reads of the same-statements script read City Lab's real tables, as the endpoint does. The copy
     * of the outbox takes its seqs as the real one does, from the real one's order: the relay passes the gaps this
     * leaves there once pgbench's transactions have ended.
     */
    Scripts preparePgbench() {
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
        String inserts = String.join("\n",
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
                        + " '0f8fad5b-d9cb-469f-a165-70867728950e', '" + payload.replace("'", "''") + "');");
        String organisation = load.organisation(0).toString();
        List<String> sameStatements = new ArrayList<>();
        sameStatements.add("BEGIN;");
        for (String read : ENDPOINT_READS_BEFORE_INSERTS) {
            sameStatements.add(read.replace(":challenge", challenge).replace(":organisation", organisation));
        }
        sameStatements.add(inserts);
        for (String read : ENDPOINT_READS_AFTER_INSERTS) {
            sameStatements.add(read.replace(":challenge", challenge).replace(":organisation", organisation));
        }
        sameStatements.add("COMMIT;");
        return new Scripts(script("proposal.sql", String.join("\n", "BEGIN;", inserts, "END;", "")),
                script("proposal-same-statements.sql", String.join("\n", sameStatements) + "\n"));
    }

    private Path script(String name, String text) {
        Path file = work.resolve(name);
        try {
            Files.createDirectories(work);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * One submission's statements as City Lab's PostgreSQL log shows them ({@code log_statement = all} for the moment
     * of one request): printed with every run, so a change of the endpoint's statements that the same-statements
     * script above does not follow is seen.
     */
    List<String> captureStatements() throws IOException, InterruptedException {
        Path log;
        try (var files = Files.list(platform.postgres().dataDirectory().resolve("log"))) {
            log = files.max(java.util.Comparator.comparing(WritePath::modified)).orElseThrow();
        }
        long from = Files.size(log);
        cityLab.execute("alter system set log_line_prefix = '%m [%p] %d '");
        cityLab.execute("alter system set log_statement = 'all'");
        cityLab.execute("select pg_reload_conf()");
        // A reload reaches each backend at its next command; a new session showing the setting says it has gone out.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> "all".equals(cityLab.row("show log_statement")[0]));
        ProposalLoad.Submitted submitted = load.submit();
        if (submitted.proposalId() == null) {
            resetStatementLog();
            return List.of("(the captured request was refused: " + submitted.status() + ")");
        }
        String logged = awaitCommitLogged(log, from);
        resetStatementLog();
        // The request's backend is the one that inserted the proposal; keep its statements, not the relay's or kpi's.
        Matcher insert = INSERT_LINE.matcher(logged);
        if (!insert.find()) {
            return List.of("(no insert into proposal in the log)");
        }
        String backend = "[" + insert.group(1) + "] citylab ";
        List<String> statements = new ArrayList<>();
        boolean ours = false;
        for (String line : logged.split("\n")) {
            if (!LOG_LINE.matcher(line).lookingAt()) {
                if (ours) {  // the next line of a statement written over several lines
                    statements.set(statements.size() - 1, statements.get(statements.size() - 1) + " " + line.strip());
                }
                continue;
            }
            ours = line.contains(backend);
            if (ours && line.contains("LOG:  ")) {
                statements.add(line.substring(line.indexOf("LOG:  ") + 6));
            } else if (ours && line.contains("DETAIL:  ")) {
                statements.add("  " + line.substring(line.indexOf("DETAIL:  ") + 9));
            } else {
                ours = false;
            }
        }
        return statements;
    }

    /**
     * The log from {@code from} on, once it holds the commit of the backend that inserted the proposal: the logging
     * collector writes to the file after the request has answered. After 30 s, whatever it holds.
     */
    private static String awaitCommitLogged(Path log, long from) throws IOException {
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                String logged = readFrom(log, from);
                Matcher insert = INSERT_LINE.matcher(logged);
                return insert.find() && Pattern.compile("\\[" + insert.group(1) + "\\] citylab LOG:  [^\\n]*commit",
                        Pattern.CASE_INSENSITIVE).matcher(logged).find(insert.end());
            });
        } catch (ConditionTimeoutException e) {
            // Printed as found: the capture is a check for the reader, not a figure.
        }
        return readFrom(log, from);
    }

    private void resetStatementLog() {
        cityLab.execute("alter system reset log_statement");
        cityLab.execute("alter system reset log_line_prefix");
        cityLab.execute("select pg_reload_conf()");
    }

    private static String readFrom(Path log, long from) throws IOException {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return pgbench's transactions per second (without connection time) */
    double pgbench(Path script, int clients, Duration duration) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(pgbenchBinary(), "-n", "-M", "prepared",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(duration.toSeconds()), "-f", script.toString(),
                "-h", "localhost", "-p", Integer.toString(platform.postgres().port()),
                "-U", platform.postgres().username(), "citylab"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGPASSWORD", platform.postgres().password());
        String output = Commands.output("pgbench", builder);
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
