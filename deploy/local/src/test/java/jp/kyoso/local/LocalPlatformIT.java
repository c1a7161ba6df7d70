package jp.kyoso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoso.local.demo.DemoData;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.LocalService;
import jp.kyoso.local.launcher.ServiceStatus;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as {@code ./kyoso up} starts it, checked through the portal origin the way a browser uses it. It is
 * the shared platform's first user ({@link PlatformsFirst}), so the figures it checks are the demo data's alone.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalPlatform platform() {
        return SharedPlatform.platform();
    }

    @Test
    @Order(1)
    void demoUsersCanSignIn() throws Exception {
        HttpResponse<String> login = login("secretariat");

        assertEquals(200, login.statusCode(), login.body());
        assertFalse(JSON.readTree(login.body()).path("access_token").asText().isBlank());
    }

    @Test
    @Order(2)
    void theSecretariatSeesTheDemoApplicationsApprovedOrPending() throws Exception {
        String token = token("secretariat");

        HttpResponse<String> all = get("/api/cocreation/organisations?size=100", token);
        HttpResponse<String> pending = get("/api/cocreation/organisations?status=PENDING", token);

        assertEquals(200, all.statusCode(), all.body());
        Map<String, String> statusByName = new HashMap<>();
        JSON.readTree(all.body()).path("items")
                .forEach(item -> statusByName.put(item.path("name").asText(), item.path("status").asText()));
        for (DemoData.Applicant applicant : DemoData.ORGANISATIONS) {
            assertEquals(applicant.approve() ? "APPROVED" : "PENDING", statusByName.get(applicant.name()),
                    applicant.name());
        }
        assertEquals(200, pending.statusCode(), pending.body());
        Set<String> pendingNames = names(JSON.readTree(pending.body()));
        assertEquals(DemoData.ORGANISATIONS.stream().filter(a -> !a.approve()).map(DemoData.Applicant::name)
                .collect(Collectors.toSet()), pendingNames);
    }

    @Test
    @Order(3)
    void thePublicPartnershipKpisCountTheApprovedDemoOrganisations() {
        long approved = DemoData.approvedMembers();

        // Approval travels co-creation -> outbox -> Kafka -> kpi, so it arrives a little later.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> kpis = get("/api/kpi/partnership", null);
            assertEquals(200, kpis.statusCode(), kpis.body());
            JsonNode members = JSON.readTree(kpis.body()).path("memberOrganisations");
            assertEquals(approved, members.path("inYear").asLong(), kpis.body());
            assertEquals(approved, members.path("cumulative").asLong(), kpis.body());
        });
    }

    @Test
    @Order(4)
    void everyServiceIsHealthyAndExposesMetrics() throws Exception {
        for (LocalService service : LocalService.ALL) {
            HttpResponse<String> health = send(platform().serviceUrl(service.name()).resolve("/health"), null);
            assertEquals(200, health.statusCode(), service.name() + ": " + health.body());
            HttpResponse<String> metrics = send(platform().serviceUrl(service.name()).resolve("/prometheus"), null);
            assertEquals(200, metrics.statusCode(), service.name());
        }
        String coCreationMetrics = send(platform().serviceUrl("co-creation").resolve("/prometheus"), null).body();
        assertTrue(coCreationMetrics.contains("kyoso_outbox_backlog"), coCreationMetrics);
        assertTrue(platform().status().stream().allMatch(ServiceStatus::healthy), platform().status().toString());
    }

    @Test
    @Order(5)
    void aStoppedServiceComesBackOnItsPortWithItsData() throws Exception {
        URI kpiHealth = platform().serviceUrl("kpi").resolve("/health");

        platform().stopService("kpi");
        assertTrue(platform().status().stream().filter(s -> s.name().equals("kpi")).allMatch(s -> s.pid().isEmpty()));
        platform().startService("kpi");

        assertEquals(200, send(kpiHealth, null).statusCode());
        JsonNode kpis = JSON.readTree(get("/api/kpi/partnership", null).body());
        assertEquals(DemoData.approvedMembers(), kpis.path("memberOrganisations").path("cumulative").asLong());
    }

    private static String token(String username) throws IOException {
        HttpResponse<String> login = login(username);
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("access_token").asText();
    }

    private static HttpResponse<String> login(String username) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + DemoData.PASSWORD + "\"}";
        HttpRequest request = HttpRequest.newBuilder(platform().portalUrl().resolve("/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return exchange(request);
    }

    private static HttpResponse<String> get(String path, String token) {
        return send(platform().portalUrl().resolve(path), token);
    }

    private static HttpResponse<String> send(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.build());
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static Set<String> names(JsonNode page) {
        Set<String> names = new HashSet<>();
        page.path("items").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }
}
