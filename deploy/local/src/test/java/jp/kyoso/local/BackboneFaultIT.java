package jp.kyoso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
        await().atMost(SETTLE).until(() -> outboxBacklog("co-creation") == 0);
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
