package jp.kyoso.citylab.proposal;

import static jp.kyoso.citylab.support.CityLabApi.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.organisation.OrganisationReplicaRepository;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.citylab.support.CityLabEvents;
import jp.kyoso.citylab.support.TestClock;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.Topics;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proposals over HTTP on real PostgreSQL and Kafka: only approved organisations, one active each, deadline,
 * confidentiality between competitors, decline reasons, adoption into a collaboration project.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalFlowIT implements TestPropertyProvider {

    private static final UUID DEPARTMENT = UUID.randomUUID();
    private static final UUID OTHER_DEPARTMENT = UUID.randomUUID();
    private static final UUID COMPANY = UUID.randomUUID();
    private static final UUID COMPETITOR = UUID.randomUUID();
    private static final UUID UNAPPROVED = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    TestClock clock;

    @Inject
    OrganisationReplicaRepository organisations;

    @Inject
    ProposalRepository proposals;

    private CityLabApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("citylab_proposal_it");
        properties.put("kyoso.citylab.deadline-job-enabled", "false");
        return properties;
    }

    @BeforeAll
    void approveOrganisations() {
        api = new CityLabApi(http, jwt);
        CityLabEvents.approve(organisations, OrganisationType.COMPANY,
                Map.of(COMPANY, "しながわテック株式会社", COMPETITOR, "大井ソリューションズ株式会社"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCompetingCompanyCannotReadAnotherCompanysProposal() {
        String challenge = published("公共施設の省エネ");
        String proposal = submit(challenge, COMPANY, "照明のLED化と見える化");
        submit(challenge, COMPETITOR, "空調の運用改善");

        HttpClientResponseException competitor = api.refused(HttpRequest.GET("/api/citylab/proposals/" + proposal),
                api.member(COMPETITOR));
        assertEquals(HttpStatus.FORBIDDEN, competitor.getStatus());
        assertFalse(CityLabApi.body(competitor).contains("照明のLED化"), CityLabApi.body(competitor));
        List<?> competitorView = (List<?>) api.get(CHALLENGES + "/" + challenge + "/proposals", api.member(COMPETITOR))
                .get("items");
        assertEquals(List.of("空調の運用改善"), competitorView.stream().map(p -> ((Map<?, ?>) p).get("title")).toList());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET("/api/citylab/proposals/" + proposal),
                api.staff(OTHER_DEPARTMENT)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(CHALLENGES + "/" + challenge + "/proposals"),
                api.staff(OTHER_DEPARTMENT)).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, api.refused(HttpRequest.GET("/api/citylab/proposals/" + proposal), null)
                .getStatus());

        assertEquals("照明のLED化と見える化", api.get("/api/citylab/proposals/" + proposal, api.member(COMPANY)).get("title"));
        assertEquals("照明のLED化と見える化", api.get("/api/citylab/proposals/" + proposal, api.staff(DEPARTMENT)).get("title"));
        assertEquals("照明のLED化と見える化", api.get("/api/citylab/proposals/" + proposal, api.secretariat()).get("title"));
        assertEquals(2L, ((Number) api.get(CHALLENGES + "/" + challenge + "/proposals", api.staff(DEPARTMENT))
                .get("totalItems")).longValue());
    }

    @Test
    void onlyApprovedOrganisationsProposeAndEachHasOneActiveProposal() {
        String challenge = published("子育て世帯の情報発信");
        long before = proposals.count();

        HttpClientResponseException unapproved = api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge
                + "/proposals", CityLabApi.proposalForm("アプリで情報発信")), api.member(UNAPPROVED));
        assertEquals(HttpStatus.FORBIDDEN, unapproved.getStatus());
        assertTrue(CityLabApi.body(unapproved).contains("proposal.organisationNotApproved"));

        String first = submit(challenge, COMPANY, "アプリで情報発信");
        HttpClientResponseException second = api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge + "/proposals",
                CityLabApi.proposalForm("もう一つの案")), api.member(COMPANY));
        assertEquals(HttpStatus.CONFLICT, second.getStatus());
        assertTrue(CityLabApi.body(second).contains("proposal.alreadyActive"));
        assertEquals(before + 1, proposals.count());

        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST("/api/citylab/proposals/" + first + "/withdraw",
                ""), api.member(COMPETITOR)).getStatus());
        assertEquals("WITHDRAWN", api.post("/api/citylab/proposals/" + first + "/withdraw", "", api.member(COMPANY))
                .get("status"));
        submit(challenge, COMPANY, "改めて提案します");
    }

    /** City Lab remembers approvals in memory (every submission asks); a rejection must end them at once. */
    @Test
    void aRejectedOrganisationCannotProposeAnyMoreThoughItsApprovalWasRemembered() {
        UUID dropped = UUID.randomUUID();
        CityLabEvents.publish(new OrganisationApproved(dropped.toString(), "品川モビリティ合同会社",
                OrganisationType.COMPANY, null, Instant.now(), "secretariat"));
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(dropped));
        submit(published("駅前広場の混雑緩和"), dropped, "人流センサーによる誘導");

        CityLabEvents.publish(new OrganisationRejected(dropped.toString(), "登記事項の確認が取れません",
                Instant.now(), "secretariat"));
        String later = published("商店街の回遊促進");
        // Well within the remembered approval's time to live (30 s): only the rejection event can end it this soon.
        await().atMost(Duration.ofSeconds(10)).until(() -> refusedAs(later, dropped, "proposal.organisationNotApproved"));
    }

    private boolean refusedAs(String challenge, UUID organisation, String code) {
        try {
            api.post(CHALLENGES + "/" + challenge + "/proposals", CityLabApi.proposalForm("もう一度の提案"),
                    api.member(organisation));
            return false;
        } catch (HttpClientResponseException refused) {
            return refused.getStatus() == HttpStatus.FORBIDDEN && CityLabApi.body(refused).contains(code);
        }
    }

    @Test
    void aProposalIsEditableUntilTheDeadlineAndNotAfter() {
        String challenge = (String) api.publishedChallenge(DEPARTMENT, "図書館の利用促進", CityLabApi.daysFromToday(2))
                .get("id");
        String proposal = submit(challenge, COMPANY, "電子書籍の貸出");

        Map<String, Object> edited = CityLabApi.proposalForm("電子書籍と読書会の組み合わせ");
        edited.put("costEstimateYen", 1_800_000);
        Map<?, ?> afterEdit = api.put("/api/citylab/proposals/" + proposal, edited, api.member(COMPANY));
        assertEquals("電子書籍と読書会の組み合わせ", afterEdit.get("title"));
        assertEquals(1_800_000, afterEdit.get("costEstimateYen"));

        clock.advance(Duration.ofDays(3));
        HttpClientResponseException late = api.refused(HttpRequest.PUT("/api/citylab/proposals/" + proposal,
                CityLabApi.proposalForm("締切後の修正")), api.member(COMPANY));
        assertEquals(HttpStatus.CONFLICT, late.getStatus());
        assertTrue(CityLabApi.body(late).contains("challenge.deadlinePassed"), CityLabApi.body(late));
        HttpClientResponseException lateSubmission = api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge
                + "/proposals", CityLabApi.proposalForm("締切後の提案")), api.member(COMPETITOR));
        assertEquals(HttpStatus.CONFLICT, lateSubmission.getStatus());
        assertEquals("電子書籍と読書会の組み合わせ", api.get("/api/citylab/proposals/" + proposal, api.member(COMPANY))
                .get("title"));
    }

    @Test
    void badProposalsAreRefusedFieldByField() {
        String challenge = published("地域猫の共生");
        Map<String, Object> form = CityLabApi.proposalForm(" ");
        form.put("sdgTargets", List.of("15.1", "99.9"));
        form.put("periodTo", "2025-01-01");
        form.put("costEstimateYen", -1);

        String body = CityLabApi.body(api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge + "/proposals", form)
                .header("Accept-Language", "en"), api.member(COMPANY)));
        assertTrue(body.contains("\"title\"") && body.contains("\"costEstimateYen\""), body);
        form.put("title", "地域猫の見守り");
        form.put("costEstimateYen", 10_000);
        String second = CityLabApi.body(api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge + "/proposals", form),
                api.member(COMPANY)));
        assertTrue(second.contains("99.9") && second.contains("periodTo"), second);
        assertEquals(0L, ((Number) api.get(CHALLENGES + "/" + challenge + "/proposals", api.secretariat())
                .get("totalItems")).longValue());
    }

    @Test
    void aDeclineReasonReachesTheProposerAndAnAdoptionStartsAPublicProject() {
        String challenge = published("商店街のにぎわい創出");
        String declined = submit(challenge, COMPETITOR, "大型イベントの開催");
        String adopted = submit(challenge, COMPANY, "ポップアップ店舗の循環運営");

        assertEquals(HttpStatus.BAD_REQUEST, api.refused(HttpRequest.POST("/api/citylab/proposals/" + declined
                + "/decline", Map.of("reason", " ")), api.secretariat()).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST("/api/citylab/proposals/" + declined
                + "/decline", Map.of("reason", "理由")), api.staff(OTHER_DEPARTMENT)).getStatus());
        api.post("/api/citylab/proposals/" + declined + "/decline", Map.of("reason", "費用対効果の根拠が不足しています。"),
                api.staff(DEPARTMENT));
        List<?> mine = (List<?>) api.get("/api/citylab/proposals/mine", api.member(COMPETITOR)).get("items");
        Map<?, ?> seen = (Map<?, ?>) mine.stream().filter(p -> declined.equals(((Map<?, ?>) p).get("id"))).findFirst()
                .orElseThrow();
        assertEquals("DECLINED", seen.get("status"));
        assertEquals("費用対効果の根拠が不足しています。", seen.get("declineReason"));

        assertEquals("SHORTLISTED", api.post("/api/citylab/proposals/" + adopted + "/shortlist", "", api.secretariat())
                .get("status"));
        Map<?, ?> adoption = api.post("/api/citylab/proposals/" + adopted + "/adopt", "", api.staff(DEPARTMENT));
        assertEquals("ADOPTED", adoption.get("status"));
        String projectId = (String) adoption.get("projectId");
        assertNotNull(projectId);
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST("/api/citylab/proposals/" + adopted + "/decline",
                Map.of("reason", "やはり不採用")), api.secretariat()).getStatus());

        Map<?, ?> project = api.get("/api/citylab/projects/" + projectId, null);
        assertEquals("ACTIVE", project.get("status"));
        assertEquals(List.of(COMPANY.toString()), project.get("partnerOrganisationIds"));
        int fiscalYear = FiscalYear.of(Instant.now()).year();
        assertEquals(fiscalYear, project.get("fiscalYear"));
        List<?> listed = (List<?>) api.get("/api/citylab/projects?fiscalYear=" + fiscalYear + "&size=100", null)
                .get("items");
        assertTrue(listed.stream().anyMatch(p -> projectId.equals(((Map<?, ?>) p).get("id"))));

        List<String> types = await().atMost(Duration.ofSeconds(30)).until(
                () -> CityLabEvents.types(Topics.CITYLAB_CHALLENGE, challenge), found -> found.contains(
                        "jp.kyoso.citylab.proposal.adopted.v1"));
        assertTrue(types.containsAll(List.of("jp.kyoso.citylab.proposal.submitted.v1",
                "jp.kyoso.citylab.proposal.declined.v1", "jp.kyoso.citylab.proposal.shortlisted.v1")), types.toString());
        CollaborationProjectStarted started = (CollaborationProjectStarted) await().atMost(Duration.ofSeconds(30))
                .until(() -> CityLabEvents.records(Topics.CITYLAB_PROJECT, projectId), found -> !found.isEmpty())
                .stream().map(CityLabEvents::decode).findFirst().orElseThrow();
        assertEquals(ProjectOrigin.CHALLENGE, started.origin());
        assertEquals(challenge, started.challengeId());
        assertEquals(DEPARTMENT.toString(), started.departmentId());
        assertEquals(fiscalYear, FiscalYear.of(started.startedOn()).year());

        assertEquals(HttpStatus.BAD_REQUEST, api.refused(HttpRequest.POST("/api/citylab/projects/" + projectId
                + "/complete", Map.of("resultReport", "")), api.secretariat()).getStatus());
        Map<?, ?> completed = api.post("/api/citylab/projects/" + projectId + "/complete",
                Map.of("resultReport", "3店舗で延べ1,200人が来店しました。"), api.staff(DEPARTMENT));
        assertEquals("COMPLETED", completed.get("status"));
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST("/api/citylab/projects/" + projectId
                + "/complete", Map.of("resultReport", "再報告")), api.secretariat()).getStatus());
    }

    private String published(String title) {
        return (String) api.publishedChallenge(DEPARTMENT, title, CityLabApi.daysFromToday(30)).get("id");
    }

    private String submit(String challenge, UUID organisation, String title) {
        return (String) api.post(CHALLENGES + "/" + challenge + "/proposals", CityLabApi.proposalForm(title),
                api.member(organisation)).get("id");
    }
}
