package jp.kyoso.kpi.partnership;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.events.cocreation.MeetingKind;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jp.kyoso.kpi.EventRecords;
import jp.kyoso.kpi.declaration.DeclarationEventsMother;
import jp.kyoso.kpi.meeting.MeetingHeldEvents;

/**
 * Events of four programmes (co-creation, City Lab, the declaration registry, the fund), as their services publish
 * them, end up in one partnership-KPI answer and each figure drills down to its event. FY2039 is this class's own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryProgrammeKpiIT implements TestPropertyProvider {

    private static final int YEAR = 2039;

    @Inject
    @Client("/")
    HttpClient http;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_every_programme_it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eventsFromEveryProgrammeBecomeOnePartnershipAnswer() {
        String organisation = UUID.randomUUID().toString();
        OrganisationApprovals.publish(kafka, OrganisationType.UNIVERSITY, Instant.parse("2039-05-01T01:00:00Z"));
        MeetingHeldEvents.publish(kafka, MeetingKind.EXCHANGE_OF_VIEWS, LocalDate.of(YEAR, 6, 1), 30);
        EventRecords.publish(kafka, new IssueRaised(UUID.randomUUID().toString(), null, "屋根置き太陽光の調査",
                List.of(), IssueSource.MEETING, Instant.parse("2039-06-02T00:00:00Z")));
        String project = UUID.randomUUID().toString();
        String projectEvent = EventRecords.publish(kafka, new CollaborationProjectStarted(project,
                ProjectOrigin.CHALLENGE, UUID.randomUUID().toString(), null, null, "空き店舗活用連携事業",
                List.of(organisation), UUID.randomUUID().toString(), List.of("8.3"), LocalDate.of(YEAR, 7, 1),
                Instant.parse("2039-07-01T00:00:00Z")));
        DeclarationEventsMother.publish(kafka, DeclarationEventsMother.registered(UUID.randomUUID().toString(),
                OrganisationType.COMPANY, YEAR, List.of(7, 13), Instant.parse("2039-09-01T00:00:00Z")));
        EventRecords.publish(kafka, new ApplicationAwarded(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                organisation, 1_500_000, 2_000_000, 1, null, Instant.parse("2039-10-01T00:00:00Z"), "secretariat"));

        Map<String, Object> kpis = await().atMost(Duration.ofSeconds(45)).until(this::partnership,
                answer -> number(answer, "fund", "awards") == 1 && number(answer, "declarations", "activeDeclarants") == 1
                        && number(answer, "meetings", "meetings") == 1
                        && number((Map<String, Object>) answer.get("cityLab"), "newCollaborationProjects", "inYear") == 1
                        && number(answer, "memberOrganisations", "inYear") == 1
                        && number(answer, "issues", "raised") == 1);
        assertEquals(30, number(kpis, "meetings", "participants"));
        assertEquals(1, number(kpis, "issues", "raisedFromMeetings"));
        assertEquals(1_500_000, number(kpis, "fund", "awardedYen"));

        Map<String, Object> drillDown = http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership/facts?metric=PROJECTS_STARTED&fiscalYear=" + YEAR), Map.class);
        List<Map<String, Object>> facts = (List<Map<String, Object>>) drillDown.get("items");
        assertEquals(List.of(projectEvent), facts.stream().map(fact -> fact.get("eventId")).toList());
        assertEquals(project, facts.get(0).get("aggregateId"));
        assertEquals(1, ((List<?>) http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership/facts?metric=DECLARATIONS_REGISTERED&fiscalYear=" + YEAR), Map.class)
                .get("items")).size());
        assertEquals(1, ((List<?>) http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership/facts?metric=FUND_AWARDS&fiscalYear=" + YEAR), Map.class).get("items")).size());
    }

    @Test
    void theSameFiguresAreOpenDataAsCsv() {
        EventRecords.publish(kafka, new IssueRaised(UUID.randomUUID().toString(), null, "公園の利活用",
                List.of(), IssueSource.MEETING, Instant.parse("2040-06-02T00:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.toBlocking().retrieve(HttpRequest.GET(
                "/api/kpi/partnership?fiscalYear=2040"), Map.class).toString().contains("raised=1"));

        byte[] body = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership/open-data.csv?fiscalYear=2040"),
                byte[].class);
        String csv = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals('\uFEFF', csv.charAt(0), "BOM, so Excel reads it as UTF-8");
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals("fiscal_year,figure,value", lines.get(0));
        assertTrue(lines.contains("2040,issues.raised,1"), csv);
        assertTrue(lines.contains("2040,issues.raisedFromMeetings,1"), csv);
        assertTrue(lines.contains("2040,cityLab.newCollaborationProjects.inYear,0"), csv);
        assertTrue(lines.contains("2040,memberOrganisations.byType[COMPANY].inYear,0"), csv);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("2040,declarations.activeByGoal[17].")), csv);
    }

    private Map<String, Object> partnership() {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership?fiscalYear=" + YEAR),
                Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static long number(Map<String, Object> answer, String section, String field) {
        Object value = ((Map<String, Object>) answer.get(section)).get(field);
        return value == null ? -1 : ((Number) value).longValue();
    }
}
