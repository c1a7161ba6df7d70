package jp.kyoso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kyoso.local.demo.PortalClient;
import jp.kyoso.local.launcher.DataDirectory;
import jp.kyoso.local.launcher.KyosoLocal;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.LocalPlatformOptions;
import jp.kyoso.local.launcher.LocalService;
import jp.kyoso.local.launcher.ServiceProcess;
import jp.kyoso.local.launcher.ServiceStatus;
import jp.kyoso.local.load.ProposalLoad;
import jp.kyoso.testsupport.embedded.FreePorts;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backbone under faults, on the whole platform (real PostgreSQL, real Kafka, every service its own process):
 * whatever the platform accepted with a 2xx reaches the KPI exactly once, whatever broke in between.
 */
class BackboneFaultIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BACKLOG = Pattern.compile("(?m)^kyoso_outbox_backlog(?:\\{[^}]*})?\\s+([0-9.eE+-]+)$");

    @TempDir
    static Path data;

    private static LocalPlatform platform;
    private static PortalClient secretariat;

    @BeforeAll
    static void startPlatform() {
        platform = LocalPlatform.start(LocalPlatformOptions.forTests(data, KyosoLocal.repositoryRoot()));
        secretariat = new PortalClient(platform.portalUrl());
        secretariat.login("secretariat", "kyoso-demo");
    }

    @AfterAll
    static void closePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void approvalsAcceptedWhileKafkaIsDownReachTheKpiOnceItReturns() {
        long before = settledMembersThisYear();
        int accepted = 0;
        platform.kafka().stop();
        try {
            for (int i = 0; i < 8; i++) {
                accepted += applyAndApprove("停止中承認テスト株式会社 " + i) ? 1 : 0;
            }
        } finally {
            platform.kafka().start();
        }
        assertEquals(8, accepted, "co-creation needs only its database to accept approvals");

        long expected = before + accepted;
        await().atMost(SETTLE).until(() -> membersThisYear() == expected);
        awaitOutboxDrained();
        assertEquals(expected, membersThisYear(), "nothing counted twice once everything was relayed");
    }

    @Test
    void theKpiServiceRestartedMidStreamResumesWithoutLossOrDoubleCount() {
        long before = settledMembersThisYear();
        int accepted = 0;
        for (int i = 0; i < 18; i++) {
            if (i == 6) {
                platform.stopService("kpi");
            }
            if (i == 12) {
                platform.startService("kpi");
            }
            accepted += applyAndApprove("再起動テスト大学 " + i) ? 1 : 0;
        }
        assertEquals(18, accepted);

        long expected = before + accepted;
        await().atMost(SETTLE).until(() -> membersThisYear() == expected);
        awaitOutboxDrained();
        assertEquals(expected, membersThisYear());
    }

    /**
     * 200 proposals a second for 35 s; Kafka goes away after 5 s and comes back as the load ends. City Lab needs only
     * its database to accept a proposal, so Kafka's absence causes no error; every proposal stored (every 201 among
     * them) is counted by the KPI within 10 s of the last answer, and nothing twice.
     */
    @Test
    void underLoadKafkaStoppedFor30SecondsLosesNothingAndTheKpiIsExactWithin10Seconds() {
        ProposalLoad load = ProposalLoad.prepare(loadTarget(), 200, 50);
        long before = settledProposalsReceived(load);

        List<ProposalLoad.Submitted> answers = load.atRate(200, Duration.ofSeconds(35), Map.of(
                Duration.ofSeconds(5), () -> platform.kafka().stop(),
                Duration.ofSeconds(35), () -> platform.kafka().start()));
        long answered = System.nanoTime();

        long accepted = answers.stream().filter(ProposalLoad.Submitted::accepted).count();
        assertTrue(answers.stream().noneMatch(answer -> answer.status() >= 500),
                "Kafka's absence must not fail a proposal: " + answers.stream().filter(answer -> answer.status() >= 500)
                        .count() + " server errors");
        long stored = proposalsStored(load);
        assertTrue(accepted > 0 && stored >= accepted, "every 201 is a stored proposal: " + accepted + " accepted, "
                + stored + " stored");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(load::proposalsReceived, received -> received == before + stored);
        System.out.printf("Kafka outage under load: %d of %d accepted, KPI exact %d ms after the last answer%n",
                accepted, answers.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered));
        awaitOutboxDrained("city-lab");
        assertEquals(before + stored, load.proposalsReceived(), "nothing counted twice");
    }

    /**
     * PostgreSQL restarted while proposals keep coming: requests during the outage may fail, but the services
     * reconnect by themselves, later requests succeed, and the KPI ends equal to the proposals actually stored.
     */
    @Test
    void underLoadPostgresRestartedTheServicesRecoverOnTheirOwn() {
        ProposalLoad load = ProposalLoad.prepare(loadTarget(), 100, 40);
        long before = settledProposalsReceived(load);

        List<ProposalLoad.Submitted> answers = load.atRate(50, Duration.ofSeconds(20), Map.of(
                Duration.ofSeconds(5), () -> {
                    platform.postgres().stop();
                    platform.postgres().start();
                }));

        // No restart of any service: the next proposals are accepted again, and every service is healthy.
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(() -> load.submit().accepted());
        await().atMost(SETTLE).until(() -> platform.status().stream().allMatch(ServiceStatus::healthy));
        long stored = proposalsStored(load);
        long accepted = answers.stream().filter(ProposalLoad.Submitted::accepted).count();
        assertTrue(stored >= accepted, "an accepted proposal was lost: " + stored + " stored, " + accepted
                + " accepted");
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500))
                .until(load::proposalsReceived, received -> received == before + stored);
        awaitOutboxDrained("city-lab");
        assertEquals(before + stored, load.proposalsReceived(), "nothing counted twice");
    }

    /**
     * A second City Lab instance on the same database, so two relays share one outbox, and requests alternate
     * between the instances. Every proposal is submitted and then withdrawn: on Kafka each proposal's submitted
     * event comes before its withdrawn event, and every outbox row is there.
     */
    @Test
    void twoRelaysOnOneOutboxLoseNothingAndKeepEachAggregatesOrder(@TempDir Path secondData) throws Exception {
        ProposalLoad load = ProposalLoad.prepare(loadTarget(), 40, 10);
        try (SecondInstance second = SecondInstance.of("city-lab", secondData)) {
            List<URI> instances = List.of(platform.serviceUrl("city-lab"), second.url());
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    URI submitTo = instances.get(i % 2);
                    URI withdrawAt = instances.get((i + 1) % 2);
                    results.add(clients.submit(() -> {
                        ProposalLoad.Submitted submitted = load.submitAsync(submitTo).join();
                        assertEquals(201, submitted.status());
                        return load.withdraw(withdrawAt, submitted);
                    }));
                }
                for (Future<Integer> result : results) {
                    assertEquals(200, result.get());
                }
            } finally {
                clients.shutdownNow();
            }
            awaitOutboxDrained("city-lab");
        }

        Map<String, Long> outboxSeqById = outboxOfChallenges(load, 10);
        assertEquals(800, outboxSeqById.size(), "400 submitted and 400 withdrawn events in the outbox");
        Map<String, List<String>> typesByProposal = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "two-relays-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("citylab.challenge.events"));
            await().atMost(SETTLE).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = header(record, "ce_id");
                    if (outboxSeqById.containsKey(id) && seen.add(id)) {
                        String type = header(record, "ce_type");
                        String proposal = JSON.readTree(record.value()).path("proposalId").asText();
                        typesByProposal.computeIfAbsent(proposal, key -> new ArrayList<>()).add(type);
                    }
                }
                return seen.size() == outboxSeqById.size();
            });
        }
        assertEquals(400, typesByProposal.size());
        typesByProposal.forEach((proposal, types) -> assertEquals(List.of(
                "jp.kyoso.citylab.proposal.submitted.v1", "jp.kyoso.citylab.proposal.withdrawn.v1"), types,
                "events of proposal " + proposal + " in order"));
    }

    /** @return whether both requests were accepted (2xx) */
    private static boolean applyAndApprove(String name) {
        try {
            JsonNode applied = secretariat.post("/api/cocreation/organisations",
                    Map.of("name", name, "organisationType", "COMPANY"), 201);
            secretariat.post("/api/cocreation/organisations/" + applied.path("id").asText() + "/approve", null, 200);
            return true;
        } catch (IllegalStateException | java.io.UncheckedIOException refused) {
            return false;
        }
    }

    // The KPI after every earlier event has arrived, so a test's baseline is not still moving.
    private static long settledMembersThisYear() {
        awaitOutboxDrained();
        long[] last = {-1};
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(() -> {
            long now = membersThisYear();
            boolean stable = now == last[0];
            last[0] = now;
            return stable;
        });
        return last[0];
    }

    private static long membersThisYear() {
        return new PortalClient(platform.portalUrl()).get("/api/kpi/partnership")
                .path("memberOrganisations").path("inYear").asLong();
    }

    private static void awaitOutboxDrained() {
        awaitOutboxDrained("co-creation");
    }

    private static void awaitOutboxDrained(String service) {
        await().atMost(SETTLE).until(() -> outboxBacklog(service) == 0);
    }

    private static long settledProposalsReceived(ProposalLoad load) {
        awaitOutboxDrained("city-lab");
        long[] last = {-1};
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(() -> {
            long now = load.proposalsReceived();
            boolean stable = now == last[0];
            last[0] = now;
            return stable;
        });
        return last[0];
    }

    private static long proposalsStored(ProposalLoad load) {
        try (Connection db = cityLabDatabase();
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from proposal p join challenge c on c.id = p.challenge_id where c.id = ?")) {
            long total = 0;
            for (int i = 0; i < load.challenges(); i++) {
                count.setObject(1, load.challenge(i));
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    total += result.getLong(1);
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the outbox events keyed by these challenges (the first {@code challenges} of the load), id to seq */
    private static Map<String, Long> outboxOfChallenges(ProposalLoad load, int challenges) throws SQLException {
        Map<String, Long> seqById = new HashMap<>();
        try (Connection db = cityLabDatabase();
             PreparedStatement rows = db.prepareStatement(
                     "select id::text, seq from outbox_event "
                             + "where event_key = ? and event_type like '%.proposal.%'")) {
            for (int i = 0; i < challenges; i++) {
                rows.setString(1, load.challenge(i).toString());
                try (ResultSet result = rows.executeQuery()) {
                    while (result.next()) {
                        seqById.put(result.getString(1), result.getLong(2));
                    }
                }
            }
        }
        return seqById;
    }

    private static ProposalLoad.Target loadTarget() {
        return new ProposalLoad.Target(platform.serviceUrl("city-lab"), platform.serviceUrl("kpi"), platform.postgres(),
                platform.jwtSecret());
    }

    private static Connection cityLabDatabase() throws SQLException {
        return DriverManager.getConnection(platform.postgres().jdbcUrl("citylab"), platform.postgres().username(),
                platform.postgres().password());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Another instance of a service on the platform's database and broker, with its own port, log and pid file. */
    private record SecondInstance(ServiceProcess process) implements AutoCloseable {

        static SecondInstance of(String name, Path folder) {
            LocalService service = LocalService.named(name);
            DataDirectory data = new DataDirectory(folder);
            data.createLayout();
            Map<String, String> environment = new HashMap<>();
            environment.put("MICRONAUT_SERVER_PORT", Integer.toString(FreePorts.take()));
            environment.put("DATASOURCES_DEFAULT_URL", platform.postgres().jdbcUrl(service.database()));
            environment.put("DATASOURCES_DEFAULT_USERNAME", platform.postgres().username());
            environment.put("DATASOURCES_DEFAULT_PASSWORD", platform.postgres().password());
            environment.put("KAFKA_BOOTSTRAP_SERVERS", platform.kafka().bootstrapServers());
            environment.put("KYOSO_JWT_SECRET", platform.jwtSecret());
            environment.put("DATASOURCES_DEFAULT_MINIMUM_IDLE", "2");
            // Started from the class-data archive the run's platforms recorded (used, never recorded here).
            ServiceProcess process = new ServiceProcess(service, Integer.parseInt(
                    environment.get("MICRONAUT_SERVER_PORT")), service.jar(KyosoLocal.repositoryRoot()), environment,
                    data, LocalPlatformOptions.testClassData(KyosoLocal.repositoryRoot()), false);
            process.launch(true);
            process.awaitHealthy(System.nanoTime() + LocalPlatform.STARTUP_TIMEOUT.toNanos());
            return new SecondInstance(process);
        }

        URI url() {
            return process.url();
        }

        @Override
        public void close() {
            process.stop();
        }
    }

    private static double outboxBacklog(String service) throws IOException, InterruptedException {
        URI metrics = platform.serviceUrl(service).resolve("/prometheus");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = BACKLOG.matcher(response.body());
        assertTrue(matcher.find(), "no kyoso_outbox_backlog in " + metrics);
        return Double.parseDouble(matcher.group(1));
    }
}
