package jp.kyoso.cocreation.membership;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.organisation.OrganisationRepository;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Membership applications over HTTP on real PostgreSQL and Kafka: rows, outbox, published CloudEvents, errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationMembershipIT implements TestPropertyProvider {

    private static final String BASE = "/api/cocreation/organisations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_membership_it");
    }

    @Test
    void anApprovedApplicationIsPublishedAsValidCloudEventsInOrder() {
        String correlationId = "it-" + UUID.randomUUID();
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST(BASE, Map.of(
                        "name", "しながわテック株式会社", "organisationType", "COMPANY",
                        "corporateNumber", "７０００ ０１２０-５０００２", "contactEmail", "info@example.jp"))
                .header("X-Correlation-Id", correlationId), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        String id = (String) created.body().get("id");
        assertEquals("PENDING", created.body().get("status"));
        assertEquals("7000012050002", created.body().get("corporateNumber"));

        Map<?, ?> approved = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals("APPROVED", approved.get("status"));

        EventSchemas schemas = new EventSchemas();
        List<ConsumerRecord<byte[], byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.COCREATION_ORGANISATION, id).stream()
                        // Approval also invites the contact as first admin (member.invited), on the same key.
                        .filter(r -> KafkaRecords.header(r, CloudEventHeaders.TYPE).contains(".organisation."))
                        .toList(), found -> found.size() >= 2);
        assertEquals(List.of("jp.kyoso.cocreation.organisation.applied.v1", "jp.kyoso.cocreation.organisation.approved.v1"),
                events.stream().map(r -> KafkaRecords.header(r, CloudEventHeaders.TYPE)).toList());
        for (ConsumerRecord<byte[], byte[]> event : events) {
            assertEquals("1.0", KafkaRecords.header(event, CloudEventHeaders.SPEC_VERSION));
            assertEquals("/services/co-creation", KafkaRecords.header(event, CloudEventHeaders.SOURCE));
            assertEquals(id, new String(event.key()));
            assertEquals(List.of(), schemas.validate(KafkaRecords.header(event, CloudEventHeaders.TYPE), event.value()));
        }
        assertEquals(correlationId, KafkaRecords.header(events.get(0), CloudEventHeaders.CORRELATION_ID));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        long organisationsBefore = organisations.count();
        long outboxBefore = outboxRows();

        HttpClientResponseException refused = assertRefused(HttpRequest.POST(BASE, Map.of(
                "name", " ", "organisationType", "COMPANY", "corporateNumber", "1234567890123",
                "contactEmail", "not-an-address")).header("Accept-Language", "en"));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"name\""), body);
        assertTrue(body.contains("\"contactEmail\""), body);
        assertEquals(organisationsBefore, organisations.count());
        assertEquals(outboxBefore, outboxRows());

        HttpClientResponseException badNumber = assertRefused(HttpRequest.POST(BASE, Map.of(
                "name", "チェックディジット違い株式会社", "organisationType", "SME", "corporateNumber", "8000012050002")));
        String japanese = badNumber.getResponse().getBody(String.class).orElseThrow();
        assertTrue(japanese.contains("corporateNumber") && japanese.contains("法人番号"), japanese);
        assertEquals(organisationsBefore, organisations.count());
        assertEquals(outboxBefore, outboxRows());
    }

    @Test
    void onlyTheSecretariatDecidesAndADecisionIsTakenOnce() {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST(BASE, Map.of(
                "name", "NPO法人しながわ未来", "organisationType", "NPO")), Map.class).get("id");

        assertEquals(HttpStatus.UNAUTHORIZED, assertRefused(HttpRequest.POST(BASE + "/" + id + "/approve", "")).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertRefused(HttpRequest.POST(BASE + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());

        http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/reject", Map.of("reason", "活動実績の確認ができません"))
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals(HttpStatus.CONFLICT, assertRefused(HttpRequest.POST(BASE + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt))).getStatus());

        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET(BASE + "?status=REJECTED&size=5")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertTrue(((List<?>) page.get("items")).stream().anyMatch(item -> id.equals(((Map<?, ?>) item).get("id"))));
        assertEquals(5, page.get("size"));
    }

    private HttpClientResponseException assertRefused(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response to " + request);
    }

    private long outboxRows() {
        return transactions.executeRead(status -> {
            try (var result = status.getConnection().createStatement()
                    .executeQuery("select count(*) from outbox_event")) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
