package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import jp.kyoso.local.launcher.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDGs declaration registry in a real headless Chromium: a member drafts a declaration, previews it, submits it,
 * the secretariat registers it, and the public finds it in the directory by the organisation's Japanese name; a
 * visitor reports a concern from its public page and the secretariat investigates and dismisses the complaint; the
 * declarant then attaches evidence, which another organisation cannot read.
 *
 * <p>The demo member's company (しながわテック) already holds the demo data's registered declaration, and an
 * organisation has one live declaration at most, so the journey uses the second demo member, {@code member2}, of
 * 大森ベイサイド食品株式会社, which co-creation admits in demo mode and the demo data leaves without a declaration.
 */
@ExtendWith(SharedPlatform.class)
class DeclarationJourneysIT {

    private static final String ORGANISATION = "大森ベイサイド食品株式会社";
    private static final String ORGANISATION_ID = "00000000-0000-4000-8000-0000000000b2";

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void aDeclarationIsDraftedPreviewedSubmittedAndRegisteredThenFoundInThePublicDirectory() {
        String vision = "大森の海辺から、食品ロスゼロと誰もが働ける職場をつくります。" + UUID.randomUUID().toString()
                .substring(0, 8);
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            // The member's page asks for a sign-in first and comes back afterwards.
            browser.go("/declarations/mine");
            browser.await("#login-form");
            browser.signIn("member2");
            browser.click("#decl-start");

            browser.type("#decl-form-representativeName", "大森 さやか");
            browser.type("#decl-form-representativeTitle", "代表取締役");
            browser.type("#decl-form-vision", vision);
            // Goal first, then one of that goal's targets.
            commitment(browser, 0, "8", "8.5", "障がい者と子育て世代の雇用を広げる", "障がい者雇用率", "1.8%", "3.0%");
            browser.awaitTextContaining("#decl-sides [data-side='ECONOMY']", "✓");
            browser.awaitTextContaining("#decl-sides [data-side='SOCIETY']", "✗");
            browser.click("#decl-save");

            // The preview shows the entry as the directory will, and why it cannot be submitted yet.
            browser.awaitTextContaining("#decl-preview-entry", vision);
            browser.awaitTextContaining("#decl-missing-sides", "社会");
            assertTrue(browser.find("#decl-missing-sides").getText().contains("環境"));
            assertFalse(browser.find("#decl-submit").isEnabled(), "submit waits for all three sides");

            browser.click("#decl-back-to-edit");
            browser.awaitTrue(() -> "8.5".equals(browser.find("#decl-form-c0-target").getAttribute("value")),
                    "the saved draft is loaded");
            browser.click("#decl-add");
            commitment(browser, 1, "11", "11.6", "店舗の食品廃棄物を地域のこども食堂と分け合う", "提供した食数", "0食", "5,000食");
            browser.click("#decl-add");
            // Left without its action: the server's message appears next to that field, nothing is saved.
            commitment(browser, 2, "14", "14.1", "", "プラスチック容器の削減量", "0t", "12t");
            browser.click("#decl-save");
            browser.awaitTextContaining("#decl-form-c2-action-error", "必須");
            assertEquals("true", browser.attribute("#decl-form-c2-action", "aria-invalid"));
            browser.type("#decl-form-c2-action", "持ち帰り容器を紙と再利用容器に切り替える");
            browser.click("#decl-save");

            browser.awaitTextContaining("#decl-preview-entry", "14.1");
            assertTrue(browser.findAll("#decl-missing-sides").isEmpty(), "all three sides covered");
            assertEquals(3, browser.findAll("#decl-preview-entry-commitments tbody tr").size());
            browser.click("#decl-submit");
            browser.awaitTrue(() -> "SUBMITTED".equals(browser.attribute("#decl-mine-state", "data-status")),
                    "submitted");
            browser.awaitText("#decl-mine-status", "宣言を提出しました。事務局の審査をお待ちください。");

            browser.click("#logout");
            browser.await("#login-link");
            browser.go("/login");
            browser.signIn("secretariat");
            browser.click("a[data-route='/secretariat/declarations']");
            String row = "#decl-queue-table tr[data-organisation='" + ORGANISATION_ID + "'][data-status='SUBMITTED']";
            browser.click(row + " a.decl-open");
            browser.awaitTextContaining("#decl-review-entry", vision);
            String declarationId = browser.currentRoute().substring("/secretariat/declarations/".length());
            // Returning needs comments: without them the server's message sits next to the field.
            browser.click("#decl-return-submit");
            browser.awaitTextContaining("#decl-return-comment-error", "必須");
            browser.click("#decl-register");
            browser.awaitTextContaining("#decl-review-status", "登録しました。登録番号: SDGs-");
            String number = browser.attribute("#decl-review-status", "data-registration-number");
            assertTrue(number.matches("SDGs-\\d{4}-\\d{4}"), number);
            browser.awaitText("#decl-review-entry-number", number);
            assertEquals("REGISTERED", browser.attribute("#decl-review-entry", "data-status"));

            // The public directory: search by the organisation's name in Japanese, then by goal and target too.
            browser.click("#logout");
            browser.await("#login-link");
            browser.go("/declarations");
            browser.type("#decl-filter-keyword", "大森ベイサイド");
            browser.click("#decl-search");
            String found = "#decl-directory-table tr[data-id='" + declarationId + "']";
            browser.awaitTextContaining(found, number);
            assertTrue(browser.find(found).getText().contains(ORGANISATION));
            browser.choose("#decl-filter-goal", "14");
            browser.choose("#decl-filter-target", "14.1");
            browser.click("#decl-search");
            browser.awaitTrue(() -> browser.currentRoute().contains("target=14.1"), "filtered by target");
            browser.awaitTextContaining(found, number);
            browser.awaitTextContaining("#decl-note", "認証");

            // The open data carries the new registration.
            Object csv = browser.script("return fetch(document.querySelector('#decl-open-data-csv').href)"
                    + ".then(r => r.text());");
            assertTrue(String.valueOf(csv).contains(number), "CSV has " + number);

            browser.click(found + " a");
            browser.awaitText("#decl-entry-number", number);
            browser.awaitTextContaining("#decl-entry", vision);
            browser.screenshot("journey-declaration-registered-and-listed");

            // Anyone may report a concern from the public page (the text is required, name and e-mail are not);
            // the secretariat investigates and decides it.
            browser.click("#complaint summary");
            browser.click("#complaint-submit");
            browser.awaitTextContaining("#complaint-form-body-error", "必須");
            String concern = "店頭の容器は紙製ではなかった " + UUID.randomUUID().toString().substring(0, 8);
            browser.type("#complaint-form-body", concern);
            browser.click("#complaint-submit");
            browser.awaitTextContaining("#complaint-form-status", "受け付けました");
            String complaintId = browser.attribute("#complaint-form-status", "data-complaint-id");
            browser.go("/login");
            browser.signIn("secretariat");
            browser.go("/secretariat/complaints");
            String card = "#complaints article[data-id='" + complaintId + "']";
            browser.awaitTextContaining(card, concern);
            browser.type("#investigate-" + complaintId + "-note", "店頭で確認する");
            browser.click("#investigate-" + complaintId + " button[type='submit']");
            browser.awaitTrue(() -> browser.findAll(card).isEmpty(), "complaint left the received list");
            browser.choose("#complaints-filter-status", "INVESTIGATING");
            browser.click(card + " details summary");
            browser.choose("#decide-" + complaintId + "-outcome", "DISMISSED");
            browser.type("#decide-" + complaintId + "-note", "店頭で紙容器への切り替えを確認した");
            browser.click("#decide-" + complaintId + " button[type='submit']");
            browser.awaitTextContaining("#complaints-status", "問題なし");
            browser.screenshot("journey-declaration-complaint-decided");

            // The declarant adds evidence to its registered declaration through the attachments panel; another
            // organisation is told the declaration's evidence does not exist (404).
            browser.click("#logout");
            browser.await("#login-link");
            browser.go("/declarations/mine");
            browser.signIn("member2");
            browser.await("#decl-mine-state[data-status='REGISTERED']");
            JourneyFiles.uploadPdf(browser, "decl-evidence", "取組の証憑-" + vision.substring(vision.length() - 8));
            String evidence = "/api/declarations/" + declarationId + "/evidence";
            assertEquals(200L, JourneyFiles.statusOf(browser, evidence));
            browser.screenshot("journey-declaration-evidence");
            browser.click("#logout");
            browser.await("#login-link");
            browser.go("/login");
            browser.signIn("member");
            assertEquals(404L, JourneyFiles.statusOf(browser, evidence));
        }
    }

    private static void commitment(PortalBrowser browser, int index, String goal, String target, String action,
                                   String indicator, String baseline, String targetValue) {
        String prefix = "#decl-form-c" + index + "-";
        browser.choose(prefix + "goal", goal);
        browser.choose(prefix + "target", target);
        if (!action.isEmpty()) {
            browser.type(prefix + "action", action);
        }
        browser.type(prefix + "indicator", indicator);
        browser.type(prefix + "baseline", baseline);
        browser.type(prefix + "targetValue", targetValue);
    }
}
