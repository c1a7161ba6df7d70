package jp.kyoso.local;

import static jp.kyoso.local.DashboardFigures.awaitCount;
import static jp.kyoso.local.DashboardFigures.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import jp.kyoso.local.demo.DemoData;
import jp.kyoso.local.launcher.LocalPlatform;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal's journeys in a real headless Chromium against the whole platform as {@code ./kyoso up} starts it
 * (every service, embedded PostgreSQL and Kafka, demo users and data). Each journey ends with a screenshot under
 * {@code target/screenshots/}.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneysIT {

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    @Order(1)
    void aCompanyAppliesInTheBrowserTheSecretariatApprovesItAndTheDashboardCountsIt() {
        long demoApproved = DemoData.approvedMembers();
        String name = "ブラウザ共創商事株式会社 " + UUID.randomUUID().toString().substring(0, 8);
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go("/");
            assertEquals("ja", browser.attribute("html", "lang"));
            // The demo approvals travel co-creation -> Kafka -> kpi; wait until the dashboard has them all.
            // Other journeys may have approved organisations before this one: at least the demo's are counted.
            long totalBefore = awaitCount(browser, "#members-total-cumulative", count -> count >= demoApproved,
                    "demo approvals");
            long companiesBefore = count(browser, "#members-company-cumulative");

            browser.click("a[data-route='/apply']");
            browser.type("#apply-form-name", name);
            browser.choose("#apply-form-organisationType", "COMPANY");
            browser.type("#apply-form-contactName", "共創 花子");
            browser.type("#apply-form-contactEmail", "hanako@browser-kyoso.example.jp");
            browser.click("#apply-submit");
            browser.awaitTextContaining("#apply-status", name);
            String organisationId = browser.attribute("#apply-status", "data-organisation-id");

            browser.click("#login-link");
            browser.signIn("secretariat");
            // Signed in: no apply or sign-up entries; the programmes' drop-downs keep the menu to one row.
            assertTrue(browser.findAll("a[data-route='/apply'], a[data-route='/signup']").isEmpty());
            Number menuHeight = (Number) browser.script(
                    "return document.getElementById('menu').getBoundingClientRect().height;");
            assertTrue(menuHeight.doubleValue() < 60, "menu height " + menuHeight);
            browser.click("a[data-route='/secretariat/organisations']");
            String row = "#orgs-table tr[data-id='" + organisationId + "']";
            browser.awaitTextContaining(row, name);
            assertEquals("PENDING", browser.attribute(row, "data-status"));
            // Keyboard, once the screen has settled (a redraw after the sign-in would close the menu again): Enter
            // opens a drop-down, Escape closes it again and leaves the focus on its button.
            assertEquals("false", browser.attribute("#menu-group-admin-button", "aria-expanded"));
            browser.find("#menu-group-admin-button").sendKeys(Keys.ENTER);
            browser.awaitTrue(() -> "true".equals(browser.attribute("#menu-group-admin-button", "aria-expanded")),
                    "admin drop-down open");
            browser.screenshot("journey-1-secretariat-menu-open");
            browser.find("#menu-group-admin-button").sendKeys(Keys.ESCAPE);
            browser.awaitTrue(() -> "false".equals(browser.attribute("#menu-group-admin-button", "aria-expanded")),
                    "admin drop-down closed");
            assertEquals("menu-group-admin-button", browser.script("return document.activeElement.id;"));
            browser.click(row + " button.approve");
            browser.awaitTextContaining("#orgs-status", name);
            browser.awaitTrue(() -> browser.findAll(row).isEmpty(), "approved row leaves the pending list");

            // A rejection needs a reason: without one the server's message appears next to the reason field.
            String other = "#orgs-table tr[data-status='PENDING']";
            String otherId = browser.await(other).getAttribute("data-id");
            String reason = "#reject-" + otherId + "-reason";
            browser.click("#reject-" + otherId + " button[type='submit']");
            browser.awaitText(reason + "-error", "必須項目です");
            assertEquals("true", browser.attribute(reason, "aria-invalid"));
            browser.type(reason, "事業内容の確認が取れなかったため");
            browser.click("#reject-" + otherId + " button[type='submit']");
            browser.awaitTrue(() -> browser.findAll("#orgs-table tr[data-id='" + otherId + "']").isEmpty(),
                    "rejected row leaves the pending list");
            browser.choose("#orgs-filter-status", "REJECTED");
            browser.awaitTextContaining("#orgs-table tr[data-id='" + otherId + "']", "事業内容の確認が取れなかったため");

            browser.click("a[data-route='/']");
            awaitCount(browser, "#members-company-cumulative", count -> count == companiesBefore + 1,
                    "company count moved");
            awaitCount(browser, "#members-total-cumulative", count -> count == totalBefore + 1, "total moved");

            // Each number opens the events behind it: the approval just made is among the companies'.
            browser.click("#members-company-cumulative");
            browser.await("#facts-table");
            browser.awaitTextContaining("#facts-table", organisationId);
            browser.awaitTextContaining("#facts-table", "団体の入会承認");
            browser.screenshot("journey-1-company-approved-and-counted");
        }
    }

    @Test
    @Order(2)
    void staffPasteAShinagawaEvaluationSheetAndSeeEveryRowAndTheAchievementChart() throws IOException {
        // The city's own table, with one indicator repeated under a second goal as a real 2030-vision table has it.
        String sheet = resource("/evaluation-sheets/shinagawa-2025-vision.tsv").stripTrailing()
                + "\n9\t合計特殊出生率 【5.5】\t2022年 1.11\t2023年 1.02\t2030年 1.16\t-180%\n";
        int rows = (int) sheet.lines().filter(line -> !line.isBlank()).count() - 1;
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go("/staff/sheets");
            // Not signed in: the screen asks for a login and comes back afterwards.
            browser.await("#login-form");
            browser.signIn("staff");
            browser.await("#new-plan-form");

            createPlan(browser, "shinagawa-2030-vision", "品川区SDGs未来都市計画 2030年のあるべき姿");

            browser.paste("#sheet-form-sheet", sheet);
            // Before importing, the screen shows what each header was recognised as.
            browser.click("#sheet-preview");
            browser.await("#sheet-columns li[data-column='LATEST']");
            assertTrue(browser.find("#sheet-columns li[data-column='LATEST']").getText().contains("2024年（現状値）"));
            assertTrue(browser.find("#sheet-columns li[data-column='TARGET']").getText().contains("2030年（目標値）"));
            assertEquals(6, browser.findAll("#sheet-columns li").size(), "every header cell, each recognised");
            browser.awaitTextContaining("#sheet-status", String.valueOf(rows));
            assertTrue(browser.find("#sheet-results").getAttribute("hidden") != null, "nothing imported yet");
            browser.screenshot("journey-2-evaluation-sheet-columns");

            browser.click("#sheet-submit");
            browser.awaitTrue(() -> browser.findAll("#sheet-rows tbody tr").size() == rows, rows + " result rows");
            // The repeated indicator is a row of its own, marked as repeating row 1.
            String repeated = "#sheet-rows tbody tr[data-row='9']";
            assertEquals("1", browser.attribute(repeated, "data-repeat-of"));
            assertTrue(browser.find(repeated).getText().contains("行1の再掲"), browser.find(repeated).getText());
            assertEquals(null, browser.attribute("#sheet-rows tbody tr[data-row='1']", "data-repeat-of"));

            // Row 2 of the sheet: (58.3 − 47.0) / (60.0 − 47.0) = 86.9 %, which agrees with the sheet's 87 %.
            String second = "#sheet-rows tbody tr[data-row='2']";
            assertEquals("AGREES", browser.attribute(second, "data-check"));
            assertTrue(browser.find(second).getText().contains("86.9%"), browser.find(second).getText());
            assertTrue(browser.find(second).getText().contains("一致"), browser.find(second).getText());
            List<WebElement> bars = browser.findAll("#sheet-chart rect.bar");
            // One bar per row whose rate could be computed (the fifth data cell, 達成度（計算）).
            long computed = browser.findAll("#sheet-rows tbody tr td:nth-of-type(5)").stream()
                    .filter(td -> !td.getText().isBlank()).count();
            assertEquals(computed, bars.size());
            assertTrue(bars.size() >= rows - 1, "bars: " + bars.size());
            assertEquals(1, browser.findAll("#sheet-chart line.target-line").size(), "the 100% line");
            assertTrue(browser.find("#sheet-chart").getAttribute("aria-label").contains("100%"));
            assertTrue(browser.find("#sheet-status").getText().contains(String.valueOf(rows)));
            browser.screenshot("journey-2-evaluation-sheet-imported");

            // The public dashboard shows the same plan with its chart.
            browser.click("a[data-route='/']");
            browser.await("#plan-chart");
            browser.awaitTrue(() -> browser.findAll("#plan-indicators tbody tr").size() == rows, "plan on dashboard");
            // Row 2's trend: 47.0 % in 2022, 58.3 % in 2024, target 60.0 % in 2030, with its target line.
            String trend = browser.attribute("#trend-2", "aria-label");
            assertTrue(trend.contains("2022") && trend.contains("2024") && trend.contains("2030"), trend);
            assertEquals(1, browser.findAll("#trend-2 line.target-line").size());
            browser.screenshot("journey-2-dashboard-plan-chart");
        }
    }

    @Test
    @Order(3)
    void theLanguageSwitchShowsEnglishLabelsAndEnglishServerErrorsNextToTheFields() {
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.resize(390, 900);
            browser.go("/apply");
            browser.awaitText("#view h2", "パートナーシップへの入会申請");
            // Keyboard: the first Tab reaches the skip link, which leads past the menu to the content.
            browser.pressTab();
            assertEquals("skip", browser.script("return document.activeElement.className;"));

            browser.click("#lang-toggle");
            browser.awaitTrue(() -> "en".equals(browser.attribute("html", "lang")), "html lang=en");
            browser.awaitText("#view h2", "Apply to join the partnership");
            browser.awaitText("label[for='apply-form-name']", "Organisation name (required)");
            browser.awaitText("a[data-route='/']", "KPI dashboard");
            assertEquals("日本語", browser.find("#lang-toggle").getText());

            // Keyboard: Enter in a field submits the form.
            browser.type("#apply-form-contactEmail", "not-an-email");
            browser.find("#apply-form-contactEmail").sendKeys(Keys.ENTER);
            // The messages come from the server (Accept-Language: en), shown next to their fields.
            browser.awaitText("#apply-form-name-error", "is required");
            browser.awaitText("#apply-form-contactEmail-error", "must be a valid email address");
            assertEquals("true", browser.attribute("#apply-form-name", "aria-invalid"));
            assertEquals("apply-form-name-error",
                    browser.attribute("#apply-form-name", "aria-describedby"));
            assertFalse(browser.find("#apply-form-organisationType-error").getText().isBlank());
            assertEquals("apply-form-name", browser.script("return document.activeElement.id;"),
                    "the focus moves to the first field to correct");
            assertEquals("Please check the highlighted fields.", browser.find("#apply-status").getText());
            // Phone width: nothing runs off the side of the screen.
            assertTrue((Boolean) browser.script(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling");
            browser.screenshot("journey-3-english-field-errors");
            // Phone width: the menu folds behind one button (the home link stays); programmes open in place.
            assertEquals("false", browser.attribute("#menu-toggle", "aria-expanded"));
            assertFalse(browser.find("a[data-route='/citylab/challenges']").isDisplayed());
            browser.click("#menu-toggle");
            browser.click("#menu-group-citylab-button");
            assertEquals("true", browser.attribute("#menu-group-citylab-button", "aria-expanded"));
            browser.await("a[data-route='/citylab/challenges']");
            assertTrue((Boolean) browser.script(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "open menu fits the phone");
            browser.screenshot("journey-3-phone-menu-open");

            // The choice is remembered: a reload stays in English.
            browser.go("/");
            browser.awaitText("#view h2", "KPI dashboard");
        }
    }

    @Test
    @Order(4)
    void staffReportAValueTheSecretariatApprovesItAndThePlanShowsIt() {
        // Uses the plan journey 2 imported: 純流入数 (row 6) went from 796 (2022) towards 1,000 (2030).
        String page = "/kpi/observations?plan=shinagawa-2030-vision";
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go(page);
            browser.signIn("staff");
            browser.chooseContaining("#obs-choose-indicator", "純流入数");
            browser.await("#obs-form");
            browser.type("#obs-form-period", "2025年");
            browser.type("#obs-form-value", "6,000");
            browser.type("#obs-form-unit", "人");
            browser.click("#obs-submit");
            browser.awaitText("#obs-status", "実績値を登録しました。事務局の承認後に反映されます。");
            browser.await("#obs-table tr[data-state='PENDING']");
            String indicatorPage = browser.currentRoute();

            browser.click("#logout");
            browser.await("#login-link");
            browser.go("/login");
            browser.signIn("secretariat");
            browser.go(indicatorPage);
            browser.click("#obs-table tr[data-state='PENDING'] button.approve");
            browser.await("#obs-table tr[data-state='APPROVED']");
            assertTrue(browser.findAll("#obs-table tr[data-state='PENDING']").isEmpty());

            browser.go("/?plan=shinagawa-2030-vision");
            browser.awaitTextContaining("#plan-indicators tr[data-row='6']", "2025年 6,000 人");
            // The approved value is a point of the indicator's trend line, between the sheet's years and the target.
            assertEquals(1, browser.findAll("#trend-6 circle.trend-point[data-year='2025']").size());
            browser.screenshot("journey-4-observation-approved");
        }
    }

    @Test
    @Order(5)
    void staffPasteTheWardsHearingSheetAndReadItsNarrativesAndSummaryOnTheIndicatorPage() throws IOException {
        // The ward's 2025 hearing sheet: 分野 | 指標名 | 当初値 | 現在値 | 目標値 | 進捗状況や課題等, four tables and the summary.
        String sheet = resource("/evaluation-sheets/shinagawa-2025-hearing.tsv");
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go("/staff/sheets");
            browser.signIn("staff");
            browser.await("#new-plan-form");
            browser.choose("#new-plan-form-achievementConvention", "PROGRESS");
            createPlan(browser, "shinagawa-hearing-2025", "品川区 計画進捗評価ヒアリング 2025");

            browser.paste("#sheet-form-sheet", sheet);
            browser.click("#sheet-preview");
            browser.await("#sheet-columns li[data-column='PROGRESS_NOTE']");
            assertEquals(4, browser.findAll("#sheet-columns .sheet-table").size(), "four tables recognised");
            assertTrue(browser.find("#sheet-columns li[data-column='LATEST']").getText().contains("現在値"));

            browser.click("#sheet-submit");
            browser.awaitTrue(() -> browser.findAll("#sheet-rows tbody tr").size() == 16, "16 indicators");
            String first = "#sheet-rows tbody tr[data-row='1']";
            assertTrue(browser.find(first).getText().contains("2024年 58.3 %"), browser.find(first).getText());
            assertTrue(browser.find(first + " dl.narratives").getText().contains("子育て環境の整備に取り組んでいく"));
            browser.awaitTextContaining("#sheet-sections", "ヒアリング要旨");
            assertTrue(!browser.find("#sheet-results").getText().contains("null"));
            browser.screenshot("journey-5-hearing-sheet-imported");

            // The indicator page (observations) of one indicator shows what the sheet says about it.
            browser.go("/kpi/observations?plan=shinagawa-hearing-2025");
            browser.chooseContaining("#obs-choose-indicator", "いじめ解消率");
            browser.awaitTextContaining("#obs-narratives", "いじめ予防プログラム");
            browser.go("/?plan=shinagawa-hearing-2025");
            browser.awaitTextContaining("#plan-sections", "1年目としては順調な滑り出しである");
            browser.screenshot("journey-5-hearing-sheet-dashboard");

            // The city computes 達成度 as current ÷ target: a plan setting, every rate follows it.
            browser.go("/staff/sheets");
            browser.choose("#plan-form-plan", "shinagawa-hearing-2025");
            browser.choose("#plan-form-achievementConvention", "CURRENT_OVER_TARGET");
            browser.click("#save-convention");
            browser.awaitTextContaining("#plan-status", "現在値÷目標値");
            browser.go("/?plan=shinagawa-hearing-2025");
            // Row 1: 58.3 % of a 60.0 % target.
            browser.awaitTextContaining("#plan-indicators tr[data-row='1']", "97.2%");
        }
    }

    /** Creates a plan on the sheet screen and waits until it is the one chosen for the paste. */
    private static void createPlan(PortalBrowser browser, String code, String name) {
        browser.type("#new-plan-form-code", code);
        browser.type("#new-plan-form-name", name);
        browser.click("#create-plan");
        browser.awaitTextContaining("#plan-status", name);
        browser.awaitTrue(() -> code.equals(browser.find("#plan-form-plan").getAttribute("value")), "new plan chosen");
    }

    /** Reads a KPI number from the dashboard, pressing Reload until {@code expected} holds. */
    private static String resource(String path) throws IOException {
        try (InputStream in = PortalJourneysIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
