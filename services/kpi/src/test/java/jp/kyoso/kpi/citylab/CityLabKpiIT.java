package jp.kyoso.kpi.citylab;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.InvitationSent;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** City Lab's events from real Kafka into the City Lab KPIs; each test keeps to its own fiscal year. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityLabKpiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_citylab_it");
    }

    @Test
    void proposalsAdoptionsAndInvitationsAreCountedPerFiscalYear() {
        Instant may = Instant.parse("2041-05-10T01:00:00Z");
        String challenge = UUID.randomUUID().toString();
        CityLabRecords.publish(new ChallengePublished(challenge, null, "課題", List.of("11.3"), null,
                may.plusSeconds(86_400 * 60), null, may, "secretariat"));
        for (int i = 0; i < 4; i++) {
            CityLabRecords.publish(new ProposalSubmitted(UUID.randomUUID().toString(), challenge,
                    UUID.randomUUID().toString(), "提案" + i, List.of("11.3"), 1_000_000L, may));
        }
        CityLabRecords.publish(new ProposalAdopted(UUID.randomUUID().toString(), challenge,
                UUID.randomUUID().toString(), "提案0", may, "staff"));
        String invitation = UUID.randomUUID().toString();
        CityLabRecords.publish(new InvitationSent(invitation, challenge, UUID.randomUUID().toString(), null, may,
                "secretariat"));
        CityLabRecords.publish(new InvitationSent(UUID.randomUUID().toString(), challenge,
                UUID.randomUUID().toString(), null, may, "secretariat"));
        CityLabRecords.publish(new InvitationOutcome(invitation, challenge, UUID.randomUUID().toString(),
                InvitationOutcomeKind.PROPOSED, UUID.randomUUID().toString(), may));

        await().atMost(Duration.ofSeconds(30)).until(() -> invitations(kpis(2041)).get("converted").equals(1));
        Map<String, Object> kpis = kpis(2041);
        assertEquals(1, kpis.get("challengesPublished"));
        Map<?, ?> proposals = (Map<?, ?>) kpis.get("proposals");
        assertEquals(4, proposals.get("received"));
        assertEquals(1, proposals.get("adopted"));
        assertEquals(25.0, ((Number) proposals.get("adoptionRatePercent")).doubleValue());
        assertEquals(2, invitations(kpis).get("sent"));
        assertEquals(100.0, ((Number) invitations(kpis).get("conversionRatePercent")).doubleValue());
        assertNull(((Map<?, ?>) kpis(2040).get("proposals")).get("adoptionRatePercent"));
    }

    @Test
    void aProjectCountsInTheFiscalYearOfItsStartDayOnceHoweverOftenDelivered() {
        String eventId = UUID.randomUUID().toString();
        CollaborationProjectStarted lastDayOfFy2042 = project(ProjectOrigin.CHALLENGE, LocalDate.of(2043, 3, 31));
        for (int delivery = 0; delivery < 3; delivery++) {
            CityLabRecords.publishAs(eventId, lastDayOfFy2042);
        }
        CityLabRecords.publish(project(ProjectOrigin.FIELD_EXPERIMENT, LocalDate.of(2043, 4, 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> projects(kpis(2043)).get("inYear").equals(1));
        Map<?, ?> fy2042 = projects(kpis(2042));
        assertEquals(1, fy2042.get("inYear"));
        assertEquals(1, fy2042.get("fromChallenges"));
        Map<?, ?> fy2043 = projects(kpis(2043));
        assertEquals(1, fy2043.get("fromFieldExperiments"));
        assertEquals(2, fy2043.get("cumulative"));
    }

    @Test
    void theKpisArePublicAndAnImpossibleYearIsAFieldError() {
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/citylab?fiscalYear=3000"));
            throw new AssertionError("expected 400");
        } catch (HttpClientResponseException e) {
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("fiscalYear"));
        }
        assertEquals("2039年度", kpis(2039).get("label"));
    }

    private static CollaborationProjectStarted project(ProjectOrigin origin, LocalDate startedOn) {
        return new CollaborationProjectStarted(UUID.randomUUID().toString(), origin, null, null, null, "連携事業",
                List.of(UUID.randomUUID().toString()), null, List.of("11.3"), startedOn,
                startedOn.atStartOfDay(jp.kyoso.events.FiscalYear.TOKYO).toInstant());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> kpis(int fiscalYear) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/citylab?fiscalYear=" + fiscalYear), Map.class);
    }

    private static Map<?, ?> projects(Map<String, Object> kpis) {
        return (Map<?, ?>) kpis.get("newCollaborationProjects");
    }

    private static Map<?, ?> invitations(Map<String, Object> kpis) {
        return (Map<?, ?>) kpis.get("invitations");
    }
}
