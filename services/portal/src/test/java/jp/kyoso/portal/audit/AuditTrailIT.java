package jp.kyoso.portal.audit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.events.cocreation.MemberErased;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.messaging.inbox.InboxConsumer;
import jp.kyoso.portal.account.DemoUsers;
import jp.kyoso.portal.account.UserAccounts;
import jp.kyoso.portal.account.AppUserRepository;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceJarProcess;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The audit trail end to end: real sign-ins, writes relayed to the real co-creation service (started from its jar)
 * and the events it publishes through Kafka; the administrator finds all of them, nobody else finds any. Redelivery
 * and erasure are driven by publishing the events directly, as the relay would.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT implements TestPropertyProvider {

    // The real co-creation service from its packaged jar, on the same PostgreSQL and Kafka.
    private static final ServiceJarProcess COCREATION = ServiceJarProcess.start("co-creation", "cocreation_audit_it");
    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    @Inject
    EmbeddedServer portal;

    @Inject
    JsonMapper json;

    @Inject
    InboxConsumer consumer;

    @Inject
    UserAccounts accounts;

    @Inject
    AppUserRepository users;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_audit_it"));
        properties.put("kyoso.demo.enabled", "true");
        // Its own consumer group, so no other test class's committed offsets decide what this one reads.
        properties.put("kyoso.service-name", "portal-audit-it");
        properties.put("kyoso.services.cocreation.url", COCREATION.base().toString());
        return properties;
    }

    @AfterAll
    static void stopCoCreation() {
        COCREATION.close();
    }

    @Test
    void thePortalConsumesEveryTopic() {
        Set<String> topics = EventCatalog.all().stream().map(EventDescriptor::topic).collect(Collectors.toSet());

        assertEquals(topics, consumer.topics());
    }

    @Test
    void signInsAWriteAndItsEventAllAppearForTheAdministrator() throws Exception {
        assertEquals(401, login("member", "not-the-password").statusCode());
        String member = token(login("member", DemoUsers.PASSWORD));
        String secretariat = token(login("secretariat", DemoUsers.PASSWORD));
        String admin = token(login("admin", DemoUsers.PASSWORD));

        // Real writes through the gateway to the real co-creation service: an application, then its approval.
        HttpResponse<String> applied = send(HttpRequest.newBuilder(uri("/api/cocreation/organisations"))
                .header("Authorization", "Bearer " + member)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of(
                        "name", "監査テスト株式会社 " + UUID.randomUUID().toString().substring(0, 8),
                        "organisationType", "COMPANY", "contactName", "監査 太郎",
                        "contactEmail", "secret-body@example.jp")), StandardCharsets.UTF_8)));
        assertEquals(201, applied.statusCode(), applied.body());
        String organisationId = (String) json.readValue(applied.body(), Argument.mapOf(String.class, Object.class))
                .get("id");
        HttpResponse<String> approved = send(HttpRequest.newBuilder(
                        uri("/api/cocreation/organisations/" + organisationId + "/approve"))
                .header("Authorization", "Bearer " + secretariat)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, approved.statusCode(), approved.body());

        // The approval call and the event co-creation published for it, found by the record.
        String approvedType = "jp.kyoso.cocreation.organisation.approved.v1";
        List<Map<String, Object>> aboutTheRecord = await().atMost(Duration.ofSeconds(30)).until(
                () -> items(audit(admin, "record=" + organisationId + "&size=100")),
                entries -> entries.stream().anyMatch(entry -> approvedType.equals(entry.get("action")))
                        && entries.stream().anyMatch(entry -> "API".equals(entry.get("action"))));
        Map<String, Object> event = aboutTheRecord.stream().filter(entry -> approvedType.equals(entry.get("action")))
                .findFirst().orElseThrow();
        Map<String, Object> call = aboutTheRecord.stream().filter(entry -> "API".equals(entry.get("action")))
                .findFirst().orElseThrow();
        assertEquals("EVENT", event.get("source"));
        assertEquals(organisationId, event.get("record"));
        // The actor is approvedBy as the real co-creation writes it: the acting user's username, not their id.
        assertEquals("secretariat", event.get("userId"), "the actor comes from approvedBy");
        assertTrue(event.get("eventId") != null);
        assertEquals("POST", call.get("method"));
        assertEquals(200, ((Number) call.get("status")).intValue());
        assertEquals(DemoUsers.SECRETARIAT_ID.toString(), call.get("userId"));
        assertEquals("secretariat", call.get("username"));
        assertEquals(List.of("SECRETARIAT"), call.get("roles"));
        assertTrue(call.get("requestId") != null, "the request id ties the call to the service's logs");

        List<Map<String, Object>> byMember = items(audit(admin, "user=member&size=100"));
        assertTrue(byMember.stream().anyMatch(entry -> "LOGIN_FAILED".equals(entry.get("action"))
                && "BAD_CREDENTIALS".equals(entry.get("outcome"))), byMember::toString);
        assertTrue(byMember.stream().anyMatch(entry -> "LOGIN_SUCCEEDED".equals(entry.get("action"))
                && DemoUsers.MEMBER_ID.toString().equals(entry.get("userId"))), byMember::toString);
        assertTrue(byMember.stream().anyMatch(entry -> "API".equals(entry.get("action"))
                && entry.get("status") instanceof Number status && status.intValue() == 201), byMember::toString);
        assertTrue(byMember.stream().noneMatch(entry -> entry.toString().contains("secret-body")
                || entry.toString().contains(member)), "neither bodies nor tokens are kept");
    }

    @Test
    void aRedeliveredEventIsKeptOnce() throws Exception {
        String admin = token(login("admin", DemoUsers.PASSWORD));
        String organisationId = UUID.randomUUID().toString();
        OrganisationApproved approved = new OrganisationApproved(organisationId, "重複テスト", OrganisationType.NPO,
                null, Instant.now(), DemoUsers.ADMIN_ID.toString());
        String eventId = publish(approved);
        publishAs(eventId, approved);
        String marker = publish(new OrganisationApproved(organisationId + "-after", "後続", OrganisationType.NPO,
                null, Instant.now(), DemoUsers.ADMIN_ID.toString()));

        // Events of one partition are handled in order; the marker may sit in another, so wait for both.
        await().atMost(Duration.ofSeconds(30)).until(() -> items(audit(admin, "record=" + organisationId + "-after"))
                .size() == 1 && !items(audit(admin, "record=" + organisationId)).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> items(audit(admin, "record=" + organisationId)).size() == 1);
        assertTrue(marker != null);
    }

    @Test
    void anErasedPersonsNameAndEmailLeaveTheirAccount() throws Exception {
        String username = "erased-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> signedUp = send(HttpRequest.newBuilder(uri("/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", username,
                        "password", "correct-horse-battery-staple", "displayName", "消去 花子",
                        "email", username + "@example.jp")), StandardCharsets.UTF_8)));
        assertEquals(201, signedUp.statusCode(), signedUp.body());
        UUID userId = UUID.fromString((String) json.readValue(signedUp.body(),
                Argument.mapOf(String.class, Object.class)).get("id"));
        assertEquals(username + "@example.jp", users.findById(userId).orElseThrow().email());

        publish(new MemberErased(UUID.randomUUID().toString(), UUID.randomUUID().toString(), userId.toString(),
                "削除済みユーザー-0a1b2c3d", Instant.now(), userId.toString()));

        await().atMost(Duration.ofSeconds(30)).until(() -> users.findById(userId).orElseThrow().displayName(),
                "削除済みユーザー-0a1b2c3d"::equals);
        assertEquals(null, users.findById(userId).orElseThrow().email(), "the e-mail is contact data too");
        assertEquals(username, users.findById(userId).orElseThrow().username(), "the account itself stays");
    }

    @Test
    void onlyAnAdministratorMayReadTheTrail() throws Exception {
        String member = token(login("member", DemoUsers.PASSWORD));
        String secretariat = token(login("secretariat", DemoUsers.PASSWORD));

        assertEquals(403, audit(member, "").statusCode());
        assertEquals(403, audit(secretariat, "").statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(uri("/api/audit")).GET()).statusCode());

        // Reading the trail is audited too, refusals included.
        String admin = token(login("admin", DemoUsers.PASSWORD));
        List<Map<String, Object>> reads = await().atMost(Duration.ofSeconds(10)).until(
                () -> items(audit(admin, "user=secretariat&record=/api/audit")), found -> !found.isEmpty());
        assertEquals(403, ((Number) reads.get(0).get("status")).intValue());
        assertEquals("GET", reads.get(0).get("method"));
    }

    @Test
    void badFiltersAreProblemsInTheCallersLanguage() throws Exception {
        String admin = token(login("admin", DemoUsers.PASSWORD));

        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        uri("/api/audit?from=yesterday&to=2026-04-01&record="
                                + URLEncoder.encode("x".repeat(201), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin)
                .header("Accept-Language", "ja")
                .GET());

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertEquals(List.of("record", "from"), errors.stream().map(error -> error.get("field")).toList());
        assertTrue(response.body().contains("日付"), response.body());

        HttpResponse<String> reversed = audit(admin, "from=2026-04-02&to=2026-04-01");
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().contains("\"to\""), reversed.body());
        assertEquals(400, audit(admin, "page=-1").statusCode());
    }

    private HttpResponse<String> audit(String token, String query) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/audit" + (query.isEmpty() ? "" : "?" + query)))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> page = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        // An empty list is left out of the JSON.
        return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String body = json.writeValueAsString(Map.of("username", username, "password", password));
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private String token(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return (String) json.readValue(response.body(), Argument.mapOf(String.class, Object.class))
                .get("access_token");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + portal.getPort() + path);
    }

    private String publish(DomainEvent event) {
        String eventId = UUID.randomUUID().toString();
        publishAs(eventId, event);
        return eventId;
    }

    /** As co-creation's outbox relay would: CloudEvents binary mode, keyed by the aggregate. */
    private void publishAs(String eventId, DomainEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        KafkaRecords.send(ServiceTestProperties.forService("portal_audit_it").get("kafka.bootstrap.servers"),
                descriptor.topic(), event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/cocreation",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
