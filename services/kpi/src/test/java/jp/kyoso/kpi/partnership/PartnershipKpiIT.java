package jp.kyoso.kpi.partnership;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.messaging.inbox.DeadLetters;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The KPI projection consuming real Kafka records into real PostgreSQL. Each test works in its own fiscal year so the
 * tests do not see each other's counts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipKpiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_partnership_it");
    }

    @Test
    void approvalsAreCountedByTypeInTheFiscalYearOfApprovalInTokyo() {
        OrganisationApprovals.publish(kafka, OrganisationType.COMPANY, Instant.parse("2031-04-10T03:00:00Z"));
        OrganisationApprovals.publish(kafka, OrganisationType.UNIVERSITY, Instant.parse("2031-09-01T03:00:00Z"));
        // 2032-03-31T15:30Z is already 2032-04-01 in Tokyo: FY2032, not FY2031.
        OrganisationApprovals.publish(kafka, OrganisationType.COMPANY, Instant.parse("2032-03-31T15:30:00Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> members(2032).get("cumulative").equals(3));
        Map<String, Object> fy2031 = members(2031);
        assertEquals(2, fy2031.get("inYear"));
        assertEquals(1, countOf(fy2031, "COMPANY"));
        assertEquals(1, countOf(fy2031, "UNIVERSITY"));
        assertEquals(0, countOf(fy2031, "NPO"));
        assertEquals(1, members(2032).get("inYear"));
    }

    @Test
    void theSameEventDeliveredThreeTimesIsCountedOnce() {
        String eventId = UUID.randomUUID().toString();
        OrganisationApproved approval = new OrganisationApproved(UUID.randomUUID().toString(), "三重配信テスト",
                OrganisationType.NPO, null, Instant.parse("2033-05-01T00:00:00Z"), "secretariat");
        for (int delivery = 0; delivery < 3; delivery++) {
            OrganisationApprovals.publishAs(kafka, eventId, approval);
        }
        // A later, different event proves all three deliveries were consumed before we look.
        OrganisationApprovals.publish(kafka, OrganisationType.SME, Instant.parse("2033-05-02T00:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> countOf(members(2033), "SME") == 1);
        assertEquals(1, countOf(members(2033), "NPO"));
        assertEquals(2, members(2033).get("inYear"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLettersAndLaterEventsAreStillCounted() {
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaRecords.send(kafka, Topics.COCREATION_ORGANISATION, poisonKey,
                "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, "jp.kyoso.cocreation.organisation.approved.v1",
                        CloudEventHeaders.SUBJECT, poisonKey));
        KafkaRecords.send(kafka, Topics.COCREATION_ORGANISATION, poisonKey + "-headerless",
                "{}".getBytes(StandardCharsets.UTF_8), Map.of(CloudEventHeaders.SUBJECT, poisonKey));
        OrganisationApprovals.publish(kafka, OrganisationType.FINANCIAL_INSTITUTION, Instant.parse("2034-06-01T00:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> countOf(members(2034), "FINANCIAL_INSTITUTION") == 1);
        List<ConsumerRecord<byte[], byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(kafka, Topics.deadLetterOf(Topics.COCREATION_ORGANISATION), poisonKey),
                found -> found.size() == 2);
        for (ConsumerRecord<byte[], byte[]> deadLetter : deadLetters) {
            assertEquals("kpi", KafkaRecords.header(deadLetter, DeadLetters.CONSUMER));
            assertEquals(Topics.COCREATION_ORGANISATION, KafkaRecords.header(deadLetter, DeadLetters.ORIGINAL_TOPIC));
            assertTrue(!KafkaRecords.header(deadLetter, DeadLetters.REASON).isBlank());
        }
        assertEquals(1, members(2034).get("inYear"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFigureDrillsDownToTheEventsThatMakeItUp() {
        String first = OrganisationApprovals.publish(kafka, OrganisationType.SME, Instant.parse("2036-05-01T00:00:00Z"));
        String second = OrganisationApprovals.publish(kafka, OrganisationType.SME, Instant.parse("2037-05-01T00:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> countOf(members(2037), "SME") == 1);

        Map<String, Object> inYear = http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership/facts?metric=MEMBER_ORGANISATIONS&fiscalYear=2037&dimension=SME"), Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) inYear.get("items");
        assertEquals(List.of(second), items.stream().map(item -> item.get("eventId")).toList());
        assertEquals("jp.kyoso.cocreation.organisation.approved.v1", items.get(0).get("eventType"));
        assertEquals("2037-05-01T00:00:00Z", items.get(0).get("occurredAt"));

        Map<String, Object> cumulative = http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership/facts?metric=MEMBER_ORGANISATIONS&fiscalYear=2037&cumulative=true"
                        + "&dimension=SME&size=1"), Map.class);
        assertEquals(2, cumulative.get("totalItems"));
        assertEquals(second, ((List<Map<String, Object>>) cumulative.get("items")).get(0).get("eventId"),
                "newest first");
        Map<String, Object> secondPage = http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership/facts?metric=MEMBER_ORGANISATIONS&fiscalYear=2037&cumulative=true"
                        + "&dimension=SME&size=1&page=1"), Map.class);
        assertEquals(first, ((List<Map<String, Object>>) secondPage.get("items")).get(0).get("eventId"));
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership/facts?metric=NOPE")));
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
    }

    @Test
    void theFiscalYearTurnsAtMidnightOfAprilFirstInTokyo() {
        int fy2024Before = countOf(members(2024), "STARTUP");
        int fy2025Before = countOf(members(2025), "STARTUP");
        OrganisationApprovals.publish(kafka, OrganisationType.STARTUP, Instant.parse("2025-03-31T23:59:00+09:00"));
        OrganisationApprovals.publish(kafka, OrganisationType.STARTUP, Instant.parse("2025-04-01T00:00:00+09:00"));

        await().atMost(Duration.ofSeconds(30)).until(() -> countOf(members(2025), "STARTUP") == fy2025Before + 1);
        assertEquals(fy2024Before + 1, countOf(members(2024), "STARTUP"));
    }

    @Test
    void aRebuildFromTheStartOfEveryTopicGivesTheSameFigures() {
        OrganisationApprovals.publish(kafka, OrganisationType.UNIVERSITY, Instant.parse("2045-05-01T00:00:00Z"));
        OrganisationApprovals.publish(kafka, OrganisationType.NPO, Instant.parse("2046-06-01T00:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> countOf(members(2045), "UNIVERSITY") == 1 && countOf(members(2046), "NPO") == 1);
        List<Integer> years = List.of(2031, 2032, 2033, 2034, 2036, 2037, 2045, 2046);
        // In-year figures only: the replay also brings back other test classes' events from earlier years (the
        // topic is shared, the database is not), which cumulative figures would rightly include.
        Map<Integer, Map<String, Object>> before = new HashMap<>();
        years.forEach(year -> before.put(year, inYearByType(year)));

        Map<String, Object> started = http.toBlocking().retrieve(HttpRequest.POST("/api/kpi/rebuild", "")
                .bearerAuth(TestTokens.admin(jwt)), Map.class);
        assertTrue(List.of("REQUESTED", "REPLAYING").contains(started.get("state")), started.toString());
        Map<String, Object> done = await().atMost(Duration.ofSeconds(60)).until(() -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/kpi/rebuild").bearerAuth(TestTokens.admin(jwt)), Map.class),
                status -> "DONE".equals(status.get("state")));
        assertTrue(((Number) done.get("replayedEvents")).intValue() >= 2, done.toString());
        years.forEach(year -> assertEquals(before.get(year), inYearByType(year), "FY" + year));
    }

    @Test
    void onlyAnAdministratorStartsARebuild() {
        HttpClientResponseException refused = assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(
                        HttpRequest.POST("/api/kpi/rebuild", "").bearerAuth(TestTokens.secretariat(jwt))));
        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
    }

    @Test
    void anImpossibleFiscalYearIsAFieldError() {
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership?fiscalYear=1868"));
            throw new AssertionError("expected 400");
        } catch (HttpClientResponseException e) {
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("fiscalYear"));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inYearByType(int fiscalYear) {
        Map<String, Object> figures = new HashMap<>();
        ((List<Map<String, Object>>) members(fiscalYear).get("byType"))
                .forEach(row -> figures.put((String) row.get("type"), row.get("inYear")));
        return figures;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> members(int fiscalYear) {
        Map<String, Object> kpis = http.toBlocking().retrieve(
                HttpRequest.GET("/api/kpi/partnership?fiscalYear=" + fiscalYear), Map.class);
        assertEquals(fiscalYear, kpis.get("fiscalYear"));
        return (Map<String, Object>) kpis.get("memberOrganisations");
    }

    @SuppressWarnings("unchecked")
    private static int countOf(Map<String, Object> members, String type) {
        return ((List<Map<String, Object>>) members.get("byType")).stream()
                .filter(row -> type.equals(row.get("type"))).findFirst()
                .map(row -> ((Number) row.get("inYear")).intValue()).orElseThrow();
    }
}
