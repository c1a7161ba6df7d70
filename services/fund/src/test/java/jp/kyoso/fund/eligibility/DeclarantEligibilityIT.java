package jp.kyoso.fund.eligibility;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationReportOverdue;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A declaration's life, as the registry publishes it, reaching the fund's eligibility through real Kafka and
 * PostgreSQL: registered → eligible; overdue → still eligible, flagged; lapsed → not; a late report → eligible again;
 * revoked → not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarantEligibilityIT implements TestPropertyProvider {

    private static final Instant AT = Instant.parse("2025-05-01T00:00:00Z");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("fund_eligibility_it");
        // A random port: other modules' tests may hold the service's fixed one on this shared machine.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void eligibilityFollowsTheDeclarationsEvents() {
        UUID organisation = UUID.randomUUID();
        String declaration = UUID.randomUUID().toString();
        String number = "SDGs-2025-0042";
        String org = organisation.toString();

        RegistryEvents.publish(kafka, new DeclarationRegistered(declaration, org, "基金テスト株式会社",
                OrganisationType.COMPANY, number, 2025, 2025, 2099, List.of(8, 11, 13), List.of("8.5", "11.7", "13.3"),
                AT, "secretariat"));
        Map<String, Object> registered = awaitStatus(organisation, "REGISTERED");
        assertEquals(true, registered.get("activeDeclaration"));
        assertEquals(number, registered.get("registrationNumber"));

        RegistryEvents.publish(kafka, new DeclarationReportOverdue(declaration, org, number, 2025,
                LocalDate.of(2026, 6, 30), AT.plusSeconds(10)));
        Map<String, Object> overdue = awaitStatus(organisation, "REPORT_OVERDUE");
        assertEquals(true, overdue.get("activeDeclaration"));
        assertEquals(true, overdue.get("reportOverdue"));

        RegistryEvents.publish(kafka, new DeclarationLapsed(declaration, org, number, LapseReason.REPORT_NOT_FILED,
                2025, AT.plusSeconds(20)));
        assertEquals(false, awaitStatus(organisation, "LAPSED").get("activeDeclaration"));

        RegistryEvents.publish(kafka, new DeclarationProgressReported(declaration, org, number, 2025, false, true,
                AT.plusSeconds(30)));
        Map<String, Object> revived = awaitStatus(organisation, "REGISTERED");
        assertEquals(true, revived.get("activeDeclaration"));
        assertEquals(false, revived.get("reportOverdue"));

        RegistryEvents.publish(kafka, new DeclarationRevoked(declaration, org, number, "虚偽の報告", AT.plusSeconds(40),
                "secretariat"));
        assertEquals(false, awaitStatus(organisation, "REVOKED").get("activeDeclaration"));
    }

    @Test
    void aDeclarationPastItsTermOrNoneAtAllIsNotEligible() {
        UUID expired = UUID.randomUUID();
        RegistryEvents.publish(kafka, new DeclarationRegistered(UUID.randomUUID().toString(), expired.toString(),
                "任期切れ株式会社", OrganisationType.SME, "SDGs-2018-0001", 2018, 2018, 2020, List.of(8, 11, 13),
                List.of("8.5", "11.7", "13.3"), AT, "secretariat"));
        Map<String, Object> past = awaitStatus(expired, "REGISTERED");
        assertEquals(false, past.get("activeDeclaration"));
        assertEquals(2020, past.get("termEndFiscalYear"));

        Map<String, Object> none = eligibility(UUID.randomUUID());
        assertEquals(false, none.get("activeDeclaration"));
        assertNull(none.get("status"));

        try {
            http.toBlocking().retrieve(HttpRequest.GET("/api/fund/eligibility/organisations/" + expired));
            throw new AssertionError("expected 401");
        } catch (HttpClientResponseException e) {
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        }
    }

    private Map<String, Object> awaitStatus(UUID organisation, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> eligibility(organisation),
                found -> status.equals(found.get("status")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> eligibility(UUID organisation) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/fund/eligibility/organisations/" + organisation)
                .bearerAuth(TestTokens.member(jwt, organisation)), Map.class);
    }
}
