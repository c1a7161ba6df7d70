package jp.kyoso.kpi.drilldown;

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
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jp.kyoso.kpi.EventRecords;
import jp.kyoso.kpi.declaration.DeclarationEventsMother;

/**
 * An organisation's story through the KPI drill-down: member, issue, proposal, project (started and completed), grant
 * and declaration each name it, and the drill-down of any figure narrowed to it shows its events and no other
 * organisation's. FY2071, which no other test uses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationDrillDownIT implements TestPropertyProvider {

    private static final Instant IN_FY2071 = Instant.parse("2071-06-01T01:00:00Z");

    @Inject
    @Client("/")
    HttpClient http;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_organisation_drilldown_it");
    }

    @Test
    void everyFigureNarrowedToAnOrganisationShowsItsEventsOnly() {
        String organisation = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String issueId = UUID.randomUUID().toString();
        String challengeId = UUID.randomUUID().toString();
        String projectId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        String declarationId = UUID.randomUUID().toString();

        EventRecords.publish(kafka, new OrganisationApproved(organisation, "物語テスト株式会社", OrganisationType.COMPANY,
                null, IN_FY2071, "secretariat"));
        EventRecords.publish(kafka, new IssueRaised(issueId, organisation, "駅前の放置自転車", List.of("11.2"),
                IssueSource.MEMBER, IN_FY2071.plusSeconds(60)));
        String proposal = EventRecords.publish(kafka, proposal(challengeId, organisation, IN_FY2071.plusSeconds(120)));
        EventRecords.publish(kafka, proposal(challengeId, other, IN_FY2071.plusSeconds(130)));
        EventRecords.publish(kafka, new CollaborationProjectStarted(projectId, ProjectOrigin.CHALLENGE, challengeId,
                null, issueId, "駐輪場の共同運営", List.of(organisation), null, List.of("11.2"),
                LocalDate.of(2071, 6, 2), IN_FY2071.plusSeconds(86_400)));
        EventRecords.publish(kafka, new CollaborationProjectCompleted(projectId, "放置自転車が半減", LocalDate.of(2071, 9, 1),
                Instant.parse("2071-09-01T01:00:00Z"), "staff"));
        EventRecords.publish(kafka, new ApplicationAwarded(applicationId, UUID.randomUUID().toString(), organisation,
                500_000, 600_000, 1, null, Instant.parse("2071-10-01T01:00:00Z"), "secretariat"));
        EventRecords.publish(kafka, DeclarationEventsMother.registeredBy(declarationId, organisation,
                OrganisationType.COMPANY, 2071, List.of(11), Instant.parse("2071-11-01T01:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).until(() -> total("DECLARATIONS_REGISTERED", organisation) == 1
                && total("PROJECTS_COMPLETED", organisation) == 1 && total("FUND_AWARDS", organisation) == 1);
        for (String metric : List.of("MEMBER_ORGANISATIONS", "ISSUES_RAISED", "PROPOSALS_RECEIVED",
                "PROJECTS_STARTED", "PROJECTS_COMPLETED", "FUND_AWARDS", "DECLARATIONS_REGISTERED")) {
            List<Map<String, Object>> items = items(metric, organisation);
            assertEquals(1, items.size(), metric);
            assertEquals(organisation, items.get(0).get("organisationId"), metric);
        }
        assertEquals(proposal, items("PROPOSALS_RECEIVED", organisation).get(0).get("eventId"));
        assertEquals(1, total("PROPOSALS_RECEIVED", other));
        assertEquals(2, total("PROPOSALS_RECEIVED", null), "without the filter both organisations' proposals");
    }

    @Test
    void anOrganisationThatIsNotAnIdIsAFieldError() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET(
                        "/api/kpi/partnership/facts?metric=PROPOSALS_RECEIVED&fiscalYear=2071&organisationId=acme")));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.getResponse().getContentType().orElseThrow().toString().contains("problem+json"));
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("organisationId"));
    }

    private static ProposalSubmitted proposal(String challengeId, String organisationId, Instant at) {
        return new ProposalSubmitted(UUID.randomUUID().toString(), challengeId, organisationId, "駐輪場の提案",
                List.of("11.2"), 1_000_000L, at);
    }

    private long total(String metric, String organisationId) {
        return ((Number) page(metric, organisationId).get("totalItems")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String metric, String organisationId) {
        return (List<Map<String, Object>>) page(metric, organisationId).get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> page(String metric, String organisationId) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership/facts?metric=" + metric
                + "&fiscalYear=2071" + (organisationId == null ? "" : "&organisationId=" + organisationId)), Map.class);
    }
}
