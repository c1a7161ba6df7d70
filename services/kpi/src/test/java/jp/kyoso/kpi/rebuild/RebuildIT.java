package jp.kyoso.kpi.rebuild;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ExperimentAgreed;
import jp.kyoso.events.citylab.ExperimentProposed;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.InvitationSent;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.events.cocreation.MeetingKind;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jp.kyoso.kpi.EventRecords;
import jp.kyoso.kpi.declaration.DeclarationEventsMother;
import jp.kyoso.kpi.meeting.MeetingHeldEvents;
import jp.kyoso.kpi.partnership.OrganisationApprovals;
import jp.kyoso.kpi.plan.PlanController;
import jp.kyoso.kpi.plan.ShinagawaSheets;

/**
 * A rebuild (empty every projection and the inbox, replay every topic from the start) gives back every figure: each
 * programme's answer, the drill-downs, a plan indicator bound to a metric and the evaluation sheet's achievement
 * rate. FY2001 is this class's alone — no other test has events that early — so even its running totals come only
 * from the events published here and can be compared between what was consumed live and what the replay rebuilt.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIT implements TestPropertyProvider {

    private static final int YEAR = 2001;
    private static final String CITY_LAB = "しながわシティラボによる新規産学官連携事業数";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_rebuild_it");
    }

    @Test
    void everyFigureIsTheSameAfterARebuild() {
        String plan = planBoundToNewProjects();
        String marker = publishEveryProgramme();
        // The current year's headline too, which the bound indicator follows.
        EventRecords.publish(kafka, new CollaborationProjectStarted(UUID.randomUUID().toString(),
                ProjectOrigin.FIELD_EXPERIMENT, null, UUID.randomUUID().toString(), null, "今年度の事業",
                List.of(UUID.randomUUID().toString()), null, List.of(), LocalDate.now(FiscalYear.TOKYO),
                Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> consumed(marker)
                && ((Number) latest(plan).get("value")).intValue() >= 1);

        Map<String, Object> live = yearFigures();
        assertEquals(2, number(live, "partnership", "memberOrganisations", "inYear"), live.toString());
        assertEquals(1, number(live, "citylab", "newCollaborationProjects", "inYear"));
        assertEquals(1, number(live, "meetings", "meetings"));
        assertEquals(1, number(live, "fund", "awards"));
        rebuild();
        assertEquals(live, yearFigures(), "FY" + YEAR + " consumed live and rebuilt");

        // The current year holds other test classes' events too, which only a replay brings into this database:
        // from one rebuild to the next the bound indicator, its achievement rate and the sheet stay the same.
        Map<String, Object> plans = planFigures(plan);
        assertTrue(((Number) ((Map<?, ?>) ((Map<?, ?>) plans.get("indicator")).get("latest")).get("value"))
                .intValue() >= 1, plans.toString());
        rebuild();
        assertEquals(plans, planFigures(plan));
    }

    /** Every programme's events in FY2001, one of them delivered twice; returns the id of the last one. */
    private String publishEveryProgramme() {
        String organisation = UUID.randomUUID().toString();
        Instant may = Instant.parse("2001-05-01T01:00:00Z");
        String approval = UUID.randomUUID().toString();
        OrganisationApproved approved = new OrganisationApproved(organisation, "再構築テスト株式会社",
                OrganisationType.COMPANY, null, may, "secretariat");
        EventRecords.publishAs(kafka, approval, approved);
        EventRecords.publishAs(kafka, approval, approved);
        OrganisationApprovals.publish(kafka, OrganisationType.NPO, may);
        String issue = UUID.randomUUID().toString();
        EventRecords.publish(kafka, new IssueRaised(issue, organisation, "駅前の放置自転車", List.of("11.2"),
                IssueSource.MEMBER, may));
        EventRecords.publish(kafka, new IssuePromotedToChallenge(issue, "駅前の放置自転車", "詳細", List.of("11.2"),
                null, "secretariat", may.plusSeconds(3_600)));
        MeetingHeldEvents.publish(kafka, MeetingKind.MEETING, LocalDate.of(YEAR, 6, 1), 12);

        String challenge = UUID.randomUUID().toString();
        String adopted = UUID.randomUUID().toString();
        String declined = UUID.randomUUID().toString();
        String experiment = UUID.randomUUID().toString();
        String invitation = UUID.randomUUID().toString();
        String project = UUID.randomUUID().toString();
        Instant june = Instant.parse("2001-06-01T01:00:00Z");
        EventRecords.publish(kafka, new ChallengePublished(challenge, null, "放置自転車", List.of("11.2"), null,
                june.plusSeconds(86_400 * 30), issue, june, "staff"));
        EventRecords.publish(kafka, new InvitationSent(invitation, challenge, organisation, null, june, "secretariat"));
        EventRecords.publish(kafka, new ProposalSubmitted(adopted, challenge, organisation, "駐輪場", List.of(), null,
                june.plusSeconds(60)));
        EventRecords.publish(kafka, new ProposalSubmitted(declined, challenge, UUID.randomUUID().toString(), "別案",
                List.of(), null, june.plusSeconds(120)));
        EventRecords.publish(kafka, new InvitationOutcome(invitation, challenge, organisation,
                InvitationOutcomeKind.PROPOSED, adopted, june.plusSeconds(60)));
        EventRecords.publish(kafka, new ProposalAdopted(adopted, challenge, organisation, "駐輪場",
                june.plusSeconds(600), "staff"));
        EventRecords.publish(kafka, new ProposalDeclined(declined, challenge, organisation, "予算外",
                june.plusSeconds(600), "staff"));
        EventRecords.publish(kafka, new ExperimentProposed(experiment, organisation, "実証", null, List.of(), june));
        EventRecords.publish(kafka, new ExperimentAgreed(experiment, organisation, UUID.randomUUID().toString(), "実証",
                june.plusSeconds(600), "staff"));
        EventRecords.publish(kafka, new CollaborationProjectStarted(project, ProjectOrigin.CHALLENGE, challenge, null,
                issue, "駐輪場の共同運営", List.of(organisation), null, List.of("11.2"), LocalDate.of(YEAR, 7, 1),
                Instant.parse("2001-07-01T01:00:00Z")));
        EventRecords.publish(kafka, new CollaborationProjectCompleted(project, "半減", LocalDate.of(2002, 3, 1),
                Instant.parse("2002-03-01T01:00:00Z"), "staff"));

        String declaration = UUID.randomUUID().toString();
        String lapsing = UUID.randomUUID().toString();
        String revoked = UUID.randomUUID().toString();
        Instant september = Instant.parse("2001-09-01T01:00:00Z");
        EventRecords.publish(kafka, DeclarationEventsMother.registeredBy(declaration, organisation,
                OrganisationType.COMPANY, YEAR, List.of(11, 13), september));
        EventRecords.publish(kafka, new DeclarationProgressReported(declaration, organisation, "SDGs-2001-0001",
                YEAR, true, false, september.plusSeconds(86_400)));
        EventRecords.publish(kafka, DeclarationEventsMother.registered(lapsing, OrganisationType.NPO, YEAR,
                List.of(3), september));
        EventRecords.publish(kafka, new DeclarationLapsed(lapsing, UUID.randomUUID().toString(), "SDGs-2001-0002",
                LapseReason.REPORT_NOT_FILED, YEAR, september.plusSeconds(86_400 * 30)));
        EventRecords.publish(kafka, DeclarationEventsMother.registered(revoked, OrganisationType.SME, YEAR,
                List.of(8), september));
        EventRecords.publish(kafka, new DeclarationRevoked(revoked, UUID.randomUUID().toString(), "SDGs-2001-0003",
                "虚偽の報告", september.plusSeconds(86_400 * 60), "secretariat"));

        String contribution = UUID.randomUUID().toString();
        String application = UUID.randomUUID().toString();
        String call = UUID.randomUUID().toString();
        Instant october = Instant.parse("2001-10-01T01:00:00Z");
        EventRecords.publish(kafka, new ContributionPledged(contribution, ContributorKind.INVESTOR, organisation,
                "出資企業", 3_000_000, october, "secretariat"));
        EventRecords.publish(kafka, new ContributionReceived(contribution, ContributorKind.INVESTOR, organisation,
                3_000_000, october.plusSeconds(86_400), "secretariat"));
        EventRecords.publish(kafka, new ApplicationSubmitted(application, call, organisation, "事業", List.of(),
                900_000, 600_000, october, null));
        EventRecords.publish(kafka, new ApplicationAwarded(application, call, organisation, 500_000, 600_000, 1, null,
                october.plusSeconds(86_400 * 20), "secretariat"));
        return EventRecords.publish(kafka, new GrantDisbursed(UUID.randomUUID().toString(), application, call,
                organisation, 1, 250_000, 250_000, october.plusSeconds(86_400 * 40), "secretariat"));
    }

    private boolean consumed(String lastEventId) {
        return figure("/api/kpi/partnership/facts?metric=FUND_PAID&fiscalYear=" + YEAR).toString()
                .contains(lastEventId) && number(yearFigures(), "declarations", "lapsedInYear") == 1
                && number(yearFigures(), "citylab", "projectsCompleted") == 1;
    }

    /** Every answer about FY2001: each programme's, and the drill-down of each figure that has events. */
    private Map<String, Object> yearFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("partnership", figure("/api/kpi/partnership?fiscalYear=" + YEAR));
        for (String programme : List.of("meetings", "citylab", "declarations", "fund")) {
            figures.put(programme, figure("/api/kpi/" + programme + "?fiscalYear=" + YEAR));
        }
        for (String metric : List.of("MEMBER_ORGANISATIONS", "ISSUES_RAISED", "ISSUES_PROMOTED", "MEETINGS",
                "CHALLENGES_PUBLISHED", "PROPOSALS_RECEIVED", "PROPOSALS_ADOPTED", "PROPOSALS_DECLINED",
                "EXPERIMENTS_PROPOSED", "EXPERIMENTS_AGREED", "INVITATIONS_SENT", "INVITATIONS_CONVERTED",
                "PROJECTS_STARTED", "PROJECTS_COMPLETED", "DECLARATIONS_REGISTERED", "DECLARATIONS_LAPSED",
                "DECLARATIONS_REVOKED", "DECLARATION_REPORTS", "FUND_PLEDGED", "FUND_RECEIVED", "FUND_APPLICATIONS",
                "FUND_AWARDS", "FUND_PAID")) {
            figures.put(metric, figure("/api/kpi/partnership/facts?size=100&cumulative=true&metric=" + metric
                    + "&fiscalYear=" + YEAR));
        }
        return figures;
    }

    /** The bound indicator (its latest value and achievement rate) and the sheet exported from the plan. */
    private Map<String, Object> planFigures(String plan) {
        Map<String, Object> indicator = new LinkedHashMap<>(indicator(plan));
        return Map.of("indicator", indicator,
                "partnership", figure("/api/kpi/partnership"),
                "sheet", http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan + "/sheet.tsv"),
                        String.class));
    }

    private String planBoundToNewProjects() {
        String code = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(asSecretariat(HttpRequest.POST("/api/kpi/plans", Map.of("code", code,
                "name", "再構築の計画"))));
        http.toBlocking().exchange(HttpRequest.POST("/api/kpi/plans/" + code + "/sheets",
                        ShinagawaSheets.text("06-integrated.tsv")).contentType(PlanController.TSV)
                .bearerAuth(TestTokens.staff(jwt, UUID.randomUUID())));
        http.toBlocking().exchange(asSecretariat(HttpRequest.PUT("/api/kpi/plans/" + code + "/indicators/"
                + indicator(code).get("id") + "/binding", Map.of("metric", "PROJECTS_STARTED"))));
        return code;
    }

    private void rebuild() {
        http.toBlocking().retrieve(asAdmin(HttpRequest.POST("/api/kpi/rebuild", "")), Map.class);
        await().atMost(Duration.ofSeconds(180)).until(() -> http.toBlocking().retrieve(
                asAdmin(HttpRequest.GET("/api/kpi/rebuild")), Map.class), status -> "DONE".equals(status.get("state")));
    }

    private Map<String, Object> indicator(String plan) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan + "/indicators"),
                        Argument.listOf(Argument.mapOf(String.class, Object.class))).stream()
                .filter(row -> CITY_LAB.equals(row.get("name"))).findFirst().orElseThrow();
    }

    private Map<?, ?> latest(String plan) {
        return (Map<?, ?>) indicator(plan).get("latest");
    }

    private Map<String, Object> figure(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static long number(Map<String, Object> figures, String answer, String... path) {
        Object value = figures.get(answer);
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value == null ? -1 : ((Number) value).longValue();
    }

    private <T> MutableHttpRequest<T> asSecretariat(MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.secretariat(jwt));
    }

    private <T> MutableHttpRequest<T> asAdmin(MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.admin(jwt));
    }
}
