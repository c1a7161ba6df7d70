package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
 * The fund's committee journey in a real headless Chromium against the whole platform: the demo member applies to a
 * call of its own (one application in the browser, with the server's validation next to the field, one through the
 * API), the secretariat closes the call and assigns committee1 to both; committee1 declares a conflict on one and
 * never sees its content, declares no conflict on the other and scores it on every criterion with confidence; the
 * secretariat's decision pack then counts the review and the register holds the conflict. A second journey has the
 * secretariat record and receive a contribution and set up and open a call, then read it in English.
 */
@ExtendWith(SharedPlatform.class)
class FundCommitteeJourneysIT {

    /** committee1's fixed user id (the portal's DemoUsers), which the fund knows reviewers by. */
    private static final String COMMITTEE1 = "00000000-0000-4000-8000-000000000a11";
    private static final Duration APPROVAL_WAIT = Duration.ofSeconds(60);

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void aCommitteeMemberDeclaresAConflictOnOneApplicationAndScoresAnother() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String callTitle = "ブラウザ審査の公募 " + suffix;
        String conflictedPlan = "利益相反のある申請の事業計画 " + suffix;
        String scoredPlan = "採点される申請の事業計画 " + suffix;

        PortalClient client = new PortalClient(platform.portalUrl());
        client.login("secretariat", DemoData.PASSWORD);
        String callId = client.post("/api/fund/calls", call(callTitle), 201).path("id").asText();
        client.post("/api/fund/calls/" + callId + "/open", null, 200);
        // committee1 is known to the fund once it has used the review workspace (the demo data does it too).
        client.login("committee1", DemoData.PASSWORD);
        client.get("/api/fund/review/assignments");
        client.login("member", DemoData.PASSWORD);
        // The fund learns of the demo company's approval through co-creation's events: refused until then.
        JsonNode scored = client.postOnceAllowed("/api/fund/applications",
                application(callId, "地域の見守りアプリ " + suffix, scoredPlan), 201, APPROVAL_WAIT);
        client.post("/api/fund/applications/" + scored.path("id").asText() + "/submit", null, 200);

        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            // The member applies in the browser; too large a request is refused next to its field.
            switchUser(browser, "member", "/fund/calls/" + callId);
            browser.awaitTextContaining("#fund-call-criteria", "地域課題への効果");
            browser.click("#fund-apply-link");
            String conflictedTitle = "商店街のフードロス削減 " + suffix;
            browser.type("#fund-apply-title", conflictedTitle);
            browser.type("#fund-apply-plan", conflictedPlan);
            browser.type("#fund-apply-sdgTargets", "12.3, 11.6");
            browser.type("#fund-apply-budget-1-item", "冷蔵設備");
            browser.type("#fund-apply-budget-1-amount", "1,200,000");
            browser.type("#fund-apply-budget-2-item", "広報費");
            browser.type("#fund-apply-budget-2-amount", "300000");
            assertEquals("1500000", browser.find("#fund-apply-totalCostYen").getAttribute("value"));
            browser.type("#fund-apply-requestedYen", "1,400,000");
            browser.type("#fund-apply-expectedOutcomes", "食品廃棄を年間2トン削減する。");
            browser.type("#fund-apply-kpis", "廃棄量（トン/年）");
            browser.click("#fund-apply-submit");
            // 1,400,000 is more than 2/3 of 1,500,000: the fund's message sits under the requested amount.
            browser.awaitTrue(() -> !browser.find("#fund-apply-requestedYen-error").getText().isBlank(),
                    "subsidy-rate error next to the requested amount");
            assertEquals("true", browser.attribute("#fund-apply-requestedYen", "aria-invalid"));
            browser.screenshot("journey-fund-member-application-refused-field");
            browser.type("#fund-apply-requestedYen", "1000000");
            browser.click("#fund-apply-submit");
            String conflictedRow = "#fund-mine-table tr[data-status='ELIGIBLE']";
            browser.awaitTextContaining(conflictedRow, conflictedTitle);
            browser.awaitTextContaining("#fund-mine-status", conflictedTitle);
            assertTrue(browser.find("#fund-mine-table").getText().contains("1,000,000円"),
                    browser.find("#fund-mine-table").getText());
            String conflictedId = browser.findAll("#fund-mine-table tr[data-id]").stream()
                    .filter(row -> row.getText().contains(conflictedTitle)).findFirst().orElseThrow()
                    .getAttribute("data-id");
            String scoredId = scored.path("id").asText();

            // Review needs a closed call; the secretariat assigns committee1 to both applications.
            client.login("secretariat", DemoData.PASSWORD);
            client.post("/api/fund/calls/" + callId + "/close", null, 200);
            for (String application : List.of(conflictedId, scoredId)) {
                client.post("/api/fund/applications/" + application + "/reviewers", Map.of("reviewerId", COMMITTEE1),
                        201);
            }

            switchUser(browser, "committee1", "/fund/review");
            browser.await("#fund-review-table tr[data-id='" + conflictedId + "']");
            browser.await("#fund-review-table tr[data-id='" + scoredId + "']");
            // Before any declaration the list shows identifiers only, never the content.
            assertFalse(browser.find("#fund-review-table").getText().contains(conflictedTitle));

            // A conflict needs its reason: the fund's message appears next to the reason field.
            browser.click("#fund-review-table tr[data-id='" + conflictedId + "'] a.fund-review-open");
            browser.click("#fund-declare-true");
            browser.click("#fund-declare-submit");
            browser.awaitTrue(() -> !browser.find("#fund-declare-reason-error").getText().isBlank(),
                    "reason required next to its field");
            browser.type("#fund-declare-reason", "申請団体の顧問を務めているため");
            browser.click("#fund-declare-submit");
            browser.await("#fund-app-blocked");
            assertTrue(browser.findAll("#fund-app-content").isEmpty(), "no content after declaring a conflict");
            assertFalse(pageText(browser).contains(conflictedPlan));
            // Coming back later: the service refuses the content, and the screen says why.
            browser.go("/fund/review");
            browser.await("#fund-review-table tr[data-id='" + scoredId + "']");
            assertTrue(browser.findAll("#fund-review-table tr[data-id='" + conflictedId + "']").isEmpty(),
                    "recused from the conflicted application");
            browser.go("/fund/review/applications/" + conflictedId);
            browser.await("#fund-app-blocked");
            assertEquals("urn:kyoso:problem:fund.conflict.declared", browser.attribute("#fund-app-blocked", "data-code"));
            assertFalse(pageText(browser).contains(conflictedPlan));

            // No conflict on the other: its content, then a score per criterion with comments and confidence.
            browser.go("/fund/review");
            browser.click("#fund-review-table tr[data-id='" + scoredId + "'] a.fund-review-open");
            browser.click("#fund-declare-false");
            browser.click("#fund-declare-submit");
            browser.awaitTextContaining("#fund-app-plan", scoredPlan);
            browser.awaitTextContaining("#fund-app-requested", "900,000円");
            // Submitting without a confidence is refused next to the confidence field.
            browser.choose("#fund-score-score-impact", "4");
            browser.choose("#fund-score-score-feasibility", "3");
            browser.choose("#fund-score-score-novelty", "5");
            browser.type("#fund-score-comment-impact", "高齢者の見守りに直結する");
            browser.click("#fund-score-submit");
            browser.awaitTrue(() -> !browser.find("#fund-score-confidence-error").getText().isBlank(),
                    "confidence required next to its field");
            browser.choose("#fund-score-confidence", "4");
            browser.click("#fund-score-submit");
            browser.await("#fund-reviews-table tr[data-mine='true']");
            // (4·3 + 3·2) / 5 = 3.60; novelty is for reference only.
            browser.awaitTextContaining("#fund-app-status", "3.60");
            browser.screenshot("journey-fund-committee-scored");

            // The secretariat sees the review counted in the decision pack and the conflict in the register.
            switchUser(browser, "secretariat", "/fund/secretariat/calls/" + callId);
            String packRow = "#fund-pack-table tr[data-id='" + scoredId + "']";
            browser.await(packRow);
            assertEquals("1", browser.attribute(packRow, "data-reviews"));
            assertEquals("0", browser.attribute("#fund-pack-table tr[data-id='" + conflictedId + "']", "data-reviews"));
            String register = "#fund-admin-conflicts tr[data-application='" + conflictedId + "'][data-reviewer='"
                    + COMMITTEE1 + "']";
            assertEquals("true", browser.attribute(register, "data-conflicted"));
            assertTrue(browser.find(register).getText().contains("申請団体の顧問を務めているため"));
            browser.screenshot("journey-fund-committee-conflict-and-score");
        }
    }

    @Test
    void theSecretariatRecordsAContributionAndOpensACallInBothLanguages() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String contributor = "品川区 追加出資 " + suffix;
        String callTitle = "ブラウザで作る公募 " + suffix;
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            switchUser(browser, "secretariat", "/fund/secretariat");
            long receivedBefore = yen(browser.await("#fund-balance-received").getText());

            browser.choose("#fund-pledge-contributorKind", "CITY");
            browser.type("#fund-pledge-contributorName", contributor);
            browser.type("#fund-pledge-amountYen", "1,000,000");
            browser.click("#fund-pledge-submit");
            browser.awaitTextContaining("#fund-sec-status", contributor);
            String row = browser.findAll("#fund-contributions-table tr[data-id]").stream()
                    .filter(r -> r.getText().contains(contributor)).findFirst().orElseThrow().getAttribute("data-id");
            browser.click("#fund-receipt-" + row + " button[type='submit']");
            browser.awaitTrue(() -> yen(browser.find("#fund-balance-received").getText()) == receivedBefore + 1_000_000,
                    "receipt in the balance");

            browser.type("#fund-new-call-title", callTitle);
            browser.type("#fund-new-call-purpose", "子育て世帯のウェルビーイング向上");
            browser.type("#fund-new-call-budgetCapYen", "3,000,000");
            browser.type("#fund-new-call-maxGrantYen", "1,000,000");
            browser.paste("#fund-new-call-opensAt", "2026-04-01T09:00");
            browser.paste("#fund-new-call-closesAt", "2099-03-31T17:00");
            // Without criteria the fund refuses the call, and says so next to the criteria.
            browser.click("#fund-new-call-submit");
            browser.awaitTrue(() -> !browser.find("#fund-new-call-criteria-error").getText().isBlank(),
                    "criteria required next to the field");
            browser.paste("#fund-new-call-criteria", "impact, 地域課題への効果, 3\nnovelty, 先進性, 1, 参考");
            browser.click("#fund-new-call-submit");
            browser.awaitTextContaining("#fund-admin-status", callTitle);
            browser.awaitTextContaining("#fund-call-criteria", "参考（合計点に含まない）");
            browser.click("#fund-call-open");
            browser.awaitTextContaining("#fund-call-details", "公募中");
            browser.await("#fund-call-close");

            // The same screen in English, amounts in yen the English way.
            browser.click("#lang-toggle");
            browser.awaitText("#fund-call-budget", "¥3,000,000");
            browser.awaitTextContaining("#fund-call-details", "Open");
            assertEquals("en", browser.attribute("html", "lang"));
            browser.screenshot("journey-fund-secretariat-call-opened-en");
        }
    }

    /**
     * Signs in as another user on a fresh page load of the login screen itself, then opens {@code route}: a screen of
     * the previous user still loading would otherwise move the focus to its heading while the form is being typed
     * into, and some routes (the calls) are public, so they would not ask for a login.
     */
    private void switchUser(PortalBrowser browser, String username, String route) {
        browser.go("/");
        browser.script("sessionStorage.clear(); location.replace(arguments[0]);",
                platform.portalUrl().resolve("/?as=" + username + "#/login").toString());
        browser.await("#login-form");
        browser.signIn(username);
        browser.go(route);
        browser.awaitTrue(() -> browser.currentRoute().startsWith(route), "on " + route);
    }

    private static long yen(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static String pageText(PortalBrowser browser) {
        return String.valueOf(browser.script("return document.body.innerText;"));
    }

    private static Map<String, Object> call(String title) {
        return FundCallBody.of(title, "ブラウザテストの公募です。", 5_000_000,
                List.of(FundCallBody.criterion("impact", "地域課題への効果", 3, true),
                        FundCallBody.criterion("feasibility", "実現性・継続性", 2, true),
                        FundCallBody.criterion("novelty", "先進性（参考）", 1, false)));
    }

    private static Map<String, Object> application(String callId, String title, String plan) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("callId", callId);
        application.put("title", title);
        application.put("plan", plan);
        application.put("sdgTargets", List.of("3.8", "11.7"));
        application.put("budget", List.of(Map.of("item", "アプリ開発", "amountYen", 1_200_000),
                Map.of("item", "説明会", "amountYen", 150_000)));
        application.put("totalCostYen", 1_350_000);
        application.put("requestedYen", 900_000);
        application.put("expectedOutcomes", "見守り対象の高齢者 200 人。");
        application.put("kpis", "登録者数");
        return application;
    }
}
