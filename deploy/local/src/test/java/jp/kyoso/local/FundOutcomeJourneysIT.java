package jp.kyoso.local;

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
 * What follows a grant, in a real headless Chromium against the whole platform: the demo member's application is
 * awarded (set up through the API), the member attaches a PDF to the final report (which another organisation cannot
 * read) and files the report (実績報告; an empty one is refused next to its field), committee1 evaluates it on the call's criteria (事後評価), the secretariat records the executive committee's
 * resolution on the call, which the public call page then shows, and the member's company, an investor of the fund,
 * reads its own statement, while the secretariat reads the fund's ledger.
 */
@ExtendWith(SharedPlatform.class)
class FundOutcomeJourneysIT {

    /** committee1's fixed user id (the portal's DemoUsers), which the fund knows reviewers by. */
    private static final String COMMITTEE1 = "00000000-0000-4000-8000-000000000a11";
    private static final Duration APPROVAL_WAIT = Duration.ofSeconds(60);

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void theMemberReportsTheCommitteeEvaluatesAndTheResolutionAndStatementsAreOnScreen() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String callTitle = "実績報告の公募 " + suffix;
        String title = "商店街の見守りカメラ " + suffix;
        String report = "見守り対象 180 人。機器の設置は計画どおり完了し、参加者アンケートの満足度は 92% でした。" + suffix;
        String resolution = "申請1件を採択し、交付額を900,000円とする。" + suffix;

        PortalClient client = new PortalClient(platform.portalUrl());
        client.login("secretariat", DemoData.PASSWORD);
        String callId = client.post("/api/fund/calls", FundCallBody.of(callTitle, "実績報告のブラウザテストです。",
                5_000_000, List.of(FundCallBody.criterion("impact", "地域課題への効果", 3, true),
                        FundCallBody.criterion("feasibility", "実現性・継続性", 2, true))), 201).path("id").asText();
        client.post("/api/fund/calls/" + callId + "/open", null, 200);
        JsonNode money = client.post("/api/fund/contributions", Map.of("contributorKind", "CITY",
                "contributorName", "品川区 " + suffix, "amountYen", 900_000), 201);
        client.post("/api/fund/contributions/" + money.path("id").asText() + "/receipts",
                Map.of("amountYen", 900_000), 200);
        client.login("committee1", DemoData.PASSWORD);
        client.get("/api/fund/review/assignments");
        client.login("member", DemoData.PASSWORD);
        JsonNode application = client.postOnceAllowed("/api/fund/applications", application(callId, title), 201,
                APPROVAL_WAIT);
        String applicationId = application.path("id").asText();
        String organisationId = application.path("organisationId").asText();
        client.post("/api/fund/applications/" + applicationId + "/submit", null, 200);
        client.login("secretariat", DemoData.PASSWORD);
        client.post("/api/fund/calls/" + callId + "/close", null, 200);
        client.post("/api/fund/applications/" + applicationId + "/reviewers", Map.of("reviewerId", COMMITTEE1), 201);
        client.post("/api/fund/applications/" + applicationId + "/award", Map.of("amountYen", 900_000), 200);
        // The member's company is also one of the fund's investors (出資企業).
        String pledgeId = client.post("/api/fund/contributions", Map.of("contributorKind", "INVESTOR",
                "contributorOrganisationId", organisationId, "contributorName", "しながわテック株式会社",
                "amountYen", 500_000), 201).path("id").asText();
        client.post("/api/fund/contributions/" + pledgeId + "/receipts", Map.of("amountYen", 200_000), 200);
        client.login("committee1", DemoData.PASSWORD);
        client.post("/api/fund/review/applications/" + applicationId + "/conflict", Map.of("conflicted", false), 201);

        try (PortalBrowser member = PortalBrowser.open(platform.portalUrl())) {
            member.go("/fund/mine");
            member.signIn("member");
            String row = "#fund-mine-table tr[data-id='" + applicationId + "']";
            member.await(row + "[data-status='AWARDED']");
            // The final report's evidence goes on through its attachments panel, listed under its own name.
            String reportFiles = "fund-" + applicationId + "-report-attachments";
            member.click("#" + reportFiles + "-open");
            JourneyFiles.uploadPdf(member, reportFiles, "実績報告書-" + suffix);
            member.screenshot("journey-fund-report-attachment");
            member.click(row + " a.fund-report-link");
            member.await("#fund-report-form");
            member.click("#fund-report-submit");
            member.awaitTrue(() -> !member.find("#fund-report-form-text-error").getText().isBlank(),
                    "an empty report is refused next to its field");
            member.paste("#fund-report-form-text", report);
            member.click("#fund-report-submit");
            member.awaitTextContaining("#fund-report-text", report);
            member.awaitTextContaining("#fund-report-status", "実績報告を提出しました");
            member.screenshot("journey-fund-final-report");

            // The investor's own statement: its pledge, what it paid in, and the fund's totals.
            member.go("/fund/statement");
            member.await("#fund-investor-pledges tr[data-id='" + pledgeId + "']");
            member.awaitTextContaining("#fund-investor-pledges tr[data-id='" + pledgeId + "']", "300,000円");
            member.awaitTextContaining("#fund-investor-name", "しながわテック株式会社");
            member.screenshot("journey-fund-investor-statement");

            // Another organisation is told the application does not exist (404), files included.
            member.click("#logout");
            member.await("#login-link");
            member.go("/login");
            member.signIn("member2");
            assertEquals(404L, JourneyFiles.statusOf(member,
                    "/api/fund/applications/" + applicationId + "/report/attachments"));
        }

        try (PortalBrowser committee = PortalBrowser.open(platform.portalUrl())) {
            committee.go("/fund/review/applications/" + applicationId);
            committee.signIn("committee1");
            committee.click("#fund-evaluation-link");
            committee.awaitTextContaining("#fund-eval-report", report);
            committee.choose("#fund-eval-score-impact", "5");
            committee.choose("#fund-eval-score-feasibility", "4");
            committee.click("#fund-eval-submit");
            committee.awaitTrue(() -> !committee.find("#fund-eval-confidence-error").getText().isBlank(),
                    "confidence required next to its field");
            committee.choose("#fund-eval-confidence", "4");
            committee.click("#fund-eval-submit");
            // (5·3 + 4·2) / 5 = 4.60
            committee.awaitTextContaining("#fund-eval-done", "4.60");
            assertEquals("460", committee.attribute("#fund-eval-done", "data-score"));
            committee.screenshot("journey-fund-committee-evaluation");
        }

        try (PortalBrowser secretariat = PortalBrowser.open(platform.portalUrl())) {
            secretariat.go("/fund/secretariat/calls/" + callId);
            secretariat.signIn("secretariat");
            secretariat.await("#fund-resolution");
            secretariat.paste("#fund-resolution-meetingDate",
                    LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString());
            secretariat.paste("#fund-resolution-membersPresent", "品川 一郎（委員長）\n大崎 花子\n五反田 次郎");
            secretariat.click("#fund-resolution-submit");
            secretariat.awaitTrue(() -> !secretariat.find("#fund-resolution-result-error").getText().isBlank(),
                    "the result is required next to its field");
            secretariat.paste("#fund-resolution-result", resolution);
            secretariat.click("#fund-resolution-submit");
            secretariat.awaitTextContaining("#fund-resolutions-table", resolution);
            secretariat.awaitTextContaining("#fund-resolutions-table", "大崎 花子");

            // The ledger: receipts among the lines of the year, the investor among the contributors.
            secretariat.go("/fund/ledger");
            secretariat.await("#fund-ledger-table tr[data-type='RECEIPT']");
            secretariat.awaitTextContaining("#fund-statement-table", "しながわテック株式会社");
            secretariat.screenshot("journey-fund-ledger");
        }

        try (PortalBrowser visitor = PortalBrowser.open(platform.portalUrl())) {
            visitor.go("/fund/calls/" + callId);
            visitor.awaitTextContaining("#fund-resolutions-table", resolution);
            assertTrue(visitor.find("#fund-resolutions-table").getText().contains("品川 一郎（委員長）"));
            visitor.screenshot("journey-fund-call-resolution-public");
        }
    }

    private static Map<String, Object> application(String callId, String title) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("callId", callId);
        application.put("title", title);
        application.put("plan", "商店街に見守りカメラを設置し、地域の見守り活動と連携する。");
        application.put("sdgTargets", List.of("11.7", "16.1"));
        application.put("budget", List.of(Map.of("item", "機器", "amountYen", 1_200_000),
                Map.of("item", "説明会", "amountYen", 150_000)));
        application.put("totalCostYen", 1_350_000);
        application.put("requestedYen", 900_000);
        application.put("expectedOutcomes", "見守り対象 200 人。");
        application.put("kpis", "見守り対象者数");
        return application;
    }
}
