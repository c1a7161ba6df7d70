package jp.kyoso.kpi.declaration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A declaration's events, as the registry publishes them, reaching the declaration KPIs through real Kafka and
 * PostgreSQL: active declarants at each fiscal year's end by goal and type, registrations, lapses, reports.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationKpiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("kpi_declarations_it");
        // A random port: other modules' tests may hold the service's fixed one on this shared machine.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void activeDeclarantsLapsesAndReportsArePerFiscalYear() {
        String company = UUID.randomUUID().toString();
        String npo = UUID.randomUUID().toString();
        String university = UUID.randomUUID().toString();
        DeclarationRegistered companyRegistered = DeclarationEventsMother.registered(company,
                OrganisationType.COMPANY, 2061, List.of(7, 8, 13), Instant.parse("2061-05-01T00:00:00Z"));
        String duplicateId = DeclarationEventsMother.publish(kafka, companyRegistered);
        DeclarationEventsMother.publishAs(kafka, duplicateId, companyRegistered);
        DeclarationRegistered npoRegistered = DeclarationEventsMother.registered(npo, OrganisationType.NPO, 2061,
                List.of(2, 12, 13), Instant.parse("2061-06-01T00:00:00Z"));
        DeclarationEventsMother.publish(kafka, npoRegistered);
        DeclarationRegistered universityRegistered = DeclarationEventsMother.registered(university,
                OrganisationType.UNIVERSITY, 2061, List.of(4, 9, 14), Instant.parse("2061-07-01T00:00:00Z"));
        DeclarationEventsMother.publish(kafka, universityRegistered);
        DeclarationEventsMother.publish(kafka, new DeclarationRevoked(university, universityRegistered.organisationId(),
                universityRegistered.registrationNumber(), "虚偽の報告", Instant.parse("2061-12-01T00:00:00Z"),
                "secretariat"));
        DeclarationEventsMother.publish(kafka, new DeclarationLapsed(npo, npoRegistered.organisationId(),
                npoRegistered.registrationNumber(), LapseReason.REPORT_NOT_FILED, 2060,
                Instant.parse("2062-01-05T00:00:00Z")));
        DeclarationEventsMother.publish(kafka, new DeclarationProgressReported(company,
                companyRegistered.organisationId(), companyRegistered.registrationNumber(), 2061, true, false,
                Instant.parse("2062-06-10T00:00:00Z")));
        DeclarationEventsMother.publish(kafka, new DeclarationProgressReported(npo, npoRegistered.organisationId(),
                npoRegistered.registrationNumber(), 2061, false, true, Instant.parse("2062-08-01T00:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).until(() -> number(kpis(2062), "activeDeclarants") == 2
                && number(kpis(2061), "reportsLate") == 1);

        Map<String, Object> fy2061 = kpis(2061);
        assertEquals(1, number(fy2061, "activeDeclarants"), "the NPO lapsed and the university was revoked in FY2061");
        assertEquals(3, number(fy2061, "registeredInYear"), "the duplicate delivery counted once");
        assertEquals(1, number(fy2061, "lapsedInYear"));
        assertEquals(1, number(fy2061, "reportsOnTime"));
        assertEquals(1, byGoal(fy2061, 13));
        assertEquals(0, byGoal(fy2061, 14));
        assertEquals(17, ((List<?>) fy2061.get("activeByGoal")).size());
        assertEquals(1, byType(fy2061, "COMPANY"));
        assertEquals(0, byType(fy2061, "UNIVERSITY"));

        Map<String, Object> fy2062 = kpis(2062);
        assertEquals(2, byGoal(fy2062, 13), "the late report reactivated the NPO");
        assertEquals(1, byType(fy2062, "NPO"));
        assertEquals(0, number(fy2062, "registeredInYear"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> kpis(int fiscalYear) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/declarations?fiscalYear=" + fiscalYear),
                Map.class);
    }

    private static long number(Map<String, Object> kpis, String field) {
        return ((Number) kpis.get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long byGoal(Map<String, Object> kpis, int goal) {
        return ((List<Map<String, Object>>) kpis.get("activeByGoal")).stream()
                .filter(row -> ((Number) row.get("sdgGoal")).intValue() == goal).findFirst()
                .map(row -> ((Number) row.get("active")).longValue()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static long byType(Map<String, Object> kpis, String type) {
        return ((List<Map<String, Object>>) kpis.get("activeByOrganisationType")).stream()
                .filter(row -> type.equals(row.get("type"))).findFirst()
                .map(row -> ((Number) row.get("active")).longValue()).orElseThrow();
    }
}
