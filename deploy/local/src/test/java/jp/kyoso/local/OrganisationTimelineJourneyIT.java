package jp.kyoso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.local.demo.DemoData;
import jp.kyoso.local.demo.FundCallBody;
import jp.kyoso.local.demo.PortalClient;
import jp.kyoso.local.launcher.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One organisation's story across programmes, built through the real APIs of the whole platform and then read in a
 * headless Chromium on its profile: the demo company raises an issue, the secretariat promotes it, City Lab drafts a
 * challenge from it which is refined, signed off and published; the company proposes, the proposal is adopted and
 * the collaboration project starts; the company applies to the fund to continue that project and is awarded. The
 * profile's timeline shows issue, challenge, proposal, project and grant, each linking to its page; anonymous readers
 * see the public ones. The member's applications link to the continued project, the next application's form offers it
 * by its title, and the draft saved with it takes a PDF through its attachments panel.
 */
@ExtendWith(SharedPlatform.class)
class OrganisationTimelineJourneyIT {

    /** The demo company (しながわテック株式会社) and the demo staff's department, as the portal's demo users. */
    private static final String COMPANY = "00000000-0000-4000-8000-0000000000b1";
    private static final String DEPARTMENT = "00000000-0000-4000-8000-0000000000c1";
    private static final String CHALLENGES = "/api/citylab/challenges";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void anOrganisationsProfileShowsItsStoryFromIssueToGrant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String issueTitle = "駅前の放置自転車が多い " + suffix;
        String proposalTitle = "シェアサイクルで駐輪を減らす " + suffix;
        String applicationTitle = "シェアサイクル拡充事業 " + suffix;
        PortalClient client = new PortalClient(platform.portalUrl());

        client.login("member", DemoData.PASSWORD);
        String issueId = client.postOnceAllowed("/api/cocreation/issues", Map.of("title", issueTitle,
                "body", "駅前の歩道に自転車があふれ、車いすが通れません。", "sdgTargets", List.of("11.2")), 201, WAIT)
                .path("id").asText();
        client.login("secretariat", DemoData.PASSWORD);
        client.post("/api/cocreation/issues/" + issueId + "/promote", Map.of("departmentId", DEPARTMENT), 200);
        String challengeId = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> client.get(
                "/api/cocreation/issues/" + issueId).path("challenge").path("challengeId").asText(""),
                id -> !id.isEmpty());
        publish(client, challengeId, issueTitle);

        client.login("member", DemoData.PASSWORD);
        String proposalId = client.postOnceAllowed(CHALLENGES + "/" + challengeId + "/proposals",
                proposal(proposalTitle), 201, WAIT).path("id").asText();
        client.login("secretariat", DemoData.PASSWORD);
        String projectId = client.post("/api/citylab/proposals/" + proposalId + "/adopt", null, 200)
                .path("projectId").asText();

        JsonNode call = client.post("/api/fund/calls", FundCallBody.of("タイムライン確認の公募 " + suffix,
                "地域の移動を支える事業を支援します。", 5_000_000,
                List.of(FundCallBody.criterion("impact", "地域課題への効果", 3, true))), 201);
        String callId = call.path("id").asText();
        client.post("/api/fund/calls/" + callId + "/open", null, 200);
        client.login("member", DemoData.PASSWORD);
        // The application continues the project: refused (400 on the field) until the fund has learnt of the
        // project's start, and (403) until it has learnt of the company's approval.
        Map<String, Object> application = application(callId, applicationTitle, projectId);
        String applicationId = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try {
                return client.post("/api/fund/applications", application, 201).path("id").asText();
            } catch (IllegalStateException refused) {
                return null;
            }
        }, id -> id != null);
        client.post("/api/fund/applications/" + applicationId + "/submit", null, 200);
        client.login("secretariat", DemoData.PASSWORD);
        client.post("/api/fund/calls/" + callId + "/close", null, 200);
        client.post("/api/fund/applications/" + applicationId + "/award", Map.of("awardedYen", 800_000), 200);
        String nextCallId = client.post("/api/fund/calls", FundCallBody.of("継続事業の公募 " + suffix,
                "連携事業を発展させる事業を支援します。", 5_000_000,
                List.of(FundCallBody.criterion("impact", "地域課題への効果", 3, true))), 201).path("id").asText();
        client.post("/api/fund/calls/" + nextCallId + "/open", null, 200);

        // The timeline is a projection of the events: wait until the grant has reached it, then read the screen.
        client.login("member", DemoData.PASSWORD);
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> client.get(
                "/api/cocreation/organisations/" + COMPANY + "/timeline?size=50").path("items").findValuesAsText("kind")
                .containsAll(List.of("PROJECT_STARTED", "APPLICATION_SUBMITTED_CONTINUING", "APPLICATION_AWARDED")));

        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go("/login");
            browser.signIn("member");
            browser.go("/organisations/" + COMPANY + "/profile");
            String awarded = "#timeline-list li[data-kind='APPLICATION_AWARDED']";
            browser.await(awarded);
            browser.awaitTextContaining("#timeline-list", proposalTitle);
            String timeline = browser.find("#timeline-list").getText();
            for (String part : List.of(issueTitle, proposalTitle, "協働プロジェクト", "ファンドの助成が決定しました")) {
                assertTrue(timeline.contains(part), part + " in " + timeline);
            }
            for (String kind : List.of("ISSUE_RAISED", "ISSUE_PROMOTED", "CHALLENGE_PUBLISHED", "PROPOSAL_SUBMITTED",
                    "PROPOSAL_ADOPTED", "PROJECT_STARTED", "APPLICATION_SUBMITTED_CONTINUING", "APPLICATION_AWARDED")) {
                assertTrue(!browser.findAll("#timeline-list li[data-kind='" + kind + "']").isEmpty(), kind);
            }
            assertTrue(browser.attribute("#timeline-list li[data-kind='CHALLENGE_PUBLISHED'] a", "href")
                    .endsWith("#/citylab/challenges/" + challengeId));
            assertTrue(browser.attribute("#timeline-list li[data-kind='ISSUE_RAISED'] a", "href")
                    .endsWith("#/issues/" + issueId));
            assertTrue(browser.attribute("#timeline-list li[data-kind='APPLICATION_SUBMITTED_CONTINUING'] a", "href")
                    .endsWith("#/citylab/projects/" + projectId), "the application links back to the project");
            browser.screenshot("journey-organisation-timeline");

            // The member's applications name the project the grant continues, linking to its page; the next
            // application's form offers that project by its title after "none", and the draft saved with it
            // chosen says so too. A PDF goes onto the draft through its attachments panel.
            String projectTitle = client.get("/api/citylab/projects/" + projectId).path("title").asText();
            browser.go("/fund/mine");
            String continued = "#fund-mine-table tr[data-id='" + applicationId + "'] a.fund-continues-link";
            browser.awaitTextContaining(continued, projectTitle);
            assertTrue(browser.attribute(continued, "href").endsWith("#/citylab/projects/" + projectId));
            browser.go("/fund/calls/" + nextCallId + "/apply");
            String choice = "#fund-apply-continuesProjectId option[value='" + projectId + "']";
            browser.awaitTextContaining(choice, projectTitle);
            assertEquals("", browser.attribute("#fund-apply-continuesProjectId option", "value"), "none comes first");
            String nextTitle = "シェアサイクル第2期 " + suffix;
            browser.type("#fund-apply-title", nextTitle);
            browser.type("#fund-apply-plan", "駅前のポートを周辺の住宅地まで広げます。");
            browser.type("#fund-apply-sdgTargets", "11.2");
            browser.type("#fund-apply-budget-1-item", "ポート増設");
            browser.type("#fund-apply-budget-1-amount", "900000");
            browser.type("#fund-apply-requestedYen", "500000");
            browser.type("#fund-apply-expectedOutcomes", "住宅地の放置自転車を3割減。");
            browser.type("#fund-apply-kpis", "放置自転車台数");
            browser.choose("#fund-apply-continuesProjectId", projectId);
            browser.click("#fund-apply-draft");
            browser.awaitTextContaining("#fund-mine-status", nextTitle);
            String draftId = client.get("/api/fund/applications/mine?size=50").path("items").findParents("title")
                    .stream().filter(item -> nextTitle.equals(item.path("title").asText())).findFirst().orElseThrow()
                    .path("id").asText();
            String draftRow = "#fund-mine-table tr[data-id='" + draftId + "']";
            browser.awaitTextContaining(draftRow + " a.fund-continues-link", projectTitle);
            browser.click("#fund-" + draftId + "-attachments-open");
            JourneyFiles.uploadPdf(browser, "fund-" + draftId + "-attachments", "申請書-" + suffix);
            browser.screenshot("journey-fund-application-continues-project");
            browser.click(draftRow + " a.fund-continues-link");
            browser.awaitTrue(() -> browser.currentRoute().equals("/citylab/projects/" + projectId),
                    "the continued project's page");

            // Signed out, the same profile shows the public story only: no submitted proposal, no draft.
            browser.click("#logout");
            browser.go("/organisations/" + COMPANY + "/profile");
            browser.await(awarded);
            assertTrue(browser.findAll("#timeline-list li[data-public='false']").isEmpty(),
                    "only public entries for anonymous readers");
            browser.click(awarded + " a");
            browser.awaitTrue(() -> browser.currentRoute().startsWith("/fund/mine")
                    || browser.currentRoute().startsWith("/login"), "the grant links to the fund's page");
        }
    }

    /** The secretariat refines the drafted challenge, the department signs it off, the secretariat publishes it. */
    private static void publish(PortalClient client, String challengeId, String issueTitle) {
        client.post(CHALLENGES + "/" + challengeId + "/start-refinement", null, 200);
        Map<String, Object> refinement = new LinkedHashMap<>();
        refinement.put("title", "放置自転車の削減 " + issueTitle.substring(issueTitle.length() - 8));
        refinement.put("background", "駅前の歩道に放置自転車が多く、歩行者や車いすの通行の妨げになっています。");
        refinement.put("desiredOutcome", "駅前の放置自転車を半減させる");
        refinement.put("solutionDirection", "シェアサイクルと駐輪場案内の組み合わせ");
        refinement.put("departmentId", DEPARTMENT);
        refinement.put("sdgTargets", List.of("11.2"));
        refinement.put("budgetYen", 2_000_000);
        refinement.put("proposalDeadline", LocalDate.now(TOKYO).plusDays(60).toString());
        client.post(CHALLENGES + "/" + challengeId + "/versions", refinement, 201);
        client.post(CHALLENGES + "/" + challengeId + "/request-signoff", null, 200);
        client.login("staff", DemoData.PASSWORD);
        client.post(CHALLENGES + "/" + challengeId + "/sign-off", null, 200);
        client.login("secretariat", DemoData.PASSWORD);
        client.post(CHALLENGES + "/" + challengeId + "/publish", null, 200);
    }

    private static Map<String, Object> proposal(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "駅前にシェアサイクルのポートを置き、短距離の自転車利用を置き換えます。");
        body.put("approach", "ポート設置と利用データの共有。");
        body.put("team", "プロジェクトマネージャー1名、エンジニア1名");
        body.put("sdgTargets", List.of("11.2"));
        body.put("expectedOutcome", "放置自転車 50% 減");
        body.put("costEstimateYen", 1_500_000);
        body.put("periodFrom", LocalDate.now(TOKYO).plusDays(90).toString());
        body.put("periodTo", LocalDate.now(TOKYO).plusDays(270).toString());
        return body;
    }

    private static Map<String, Object> application(String callId, String title, String projectId) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("continuesProjectId", projectId);
        application.put("callId", callId);
        application.put("title", title);
        application.put("plan", "採択された提案のシェアサイクルを駅前3か所に広げます。");
        application.put("sdgTargets", List.of("11.2"));
        application.put("budget", List.of(Map.of("item", "ポート設置", "amountYen", 1_200_000)));
        application.put("totalCostYen", 1_200_000);
        application.put("requestedYen", 800_000);
        application.put("expectedOutcomes", "駅前の放置自転車を半減。");
        application.put("kpis", "放置自転車台数");
        return application;
    }
}
