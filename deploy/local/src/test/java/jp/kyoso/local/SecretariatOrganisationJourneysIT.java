package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import jp.kyoso.local.launcher.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat's first task at launch and a member's standing, in a real headless Chromium against the whole
 * platform: a Shift_JIS file and a list with a bad row are refused row by row with nothing stored; a clean list is
 * previewed, imported and, run again, imports nothing twice; one of the imported members is then suspended (a reason
 * is required) and reinstated.
 */
@ExtendWith(SharedPlatform.class)
class SecretariatOrganisationJourneysIT {

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void theSecretariatImportsTheCouncilsMembersThenSuspendsAndReinstatesOne() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "旗の台テック株式会社 " + suffix;
        String npo = "NPO法人 戸越まちづくり " + suffix;
        String number = jp.kyoso.testsupport.CorporateNumbers.random();
        String csv = "団体名,種別,法人番号,連絡先\n"
                + company + ",企業," + number + ",旗野 一郎 <ichiro-" + suffix + "@hatanodai.example.jp>\n"
                + "\"" + npo + "\",NPO・地域団体,,info-" + suffix + "@togoshi.example.jp\n";
        Path shiftJis = Files.createTempFile("council-members-sjis", ".csv");
        Files.write(shiftJis, csv.getBytes(Charset.forName("Shift_JIS")));

        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go("/secretariat/organisations");
            browser.signIn("secretariat");
            browser.click("#orgs-import-link");
            browser.await("#orgs-import-text");

            // Excel's default Japanese CSV is Shift_JIS: refused with a message that says what to do.
            browser.find("#orgs-import-file").sendKeys(shiftJis.toString());
            browser.click("#orgs-import-preview-submit");
            browser.awaitTextContaining("#orgs-import-errors", "UTF-8");
            browser.script("document.getElementById('orgs-import-file').value = '';");

            // A bad row: every error by row and column, and no confirm button.
            browser.paste("#orgs-import-text", csv + "下神明ソフト株式会社 " + suffix + ",謎の種別,123,\n");
            browser.click("#orgs-import-preview-submit");
            browser.await("#orgs-import-errors tr[data-row='4'][data-column='organisationType']");
            browser.await("#orgs-import-errors tr[data-row='4'][data-column='corporateNumber']");
            assertTrue(browser.findAll("#orgs-import-confirm").isEmpty(), "nothing to import from a bad list");
            browser.screenshot("journey-secretariat-import-refused-rows");

            // The clean list: preview first (nothing stored), then the import and its result.
            browser.paste("#orgs-import-text", csv);
            browser.click("#orgs-import-preview-submit");
            browser.await("#orgs-import-preview tr[data-row='2'][data-outcome='CREATED']");
            browser.awaitTextContaining("#orgs-import-preview", number);
            assertEquals("", browser.attribute("#orgs-import-preview tr[data-row='2']", "data-id"));
            browser.click("#orgs-import-confirm");
            browser.await("#orgs-import-result tr[data-row='3'][data-outcome='CREATED']");
            String companyId = browser.attribute("#orgs-import-result tr[data-row='2']", "data-id");
            assertTrue(!companyId.isBlank(), "the created organisation's id");
            browser.screenshot("journey-secretariat-import-result");

            // Run again: both are already members, nothing is added twice.
            browser.click("#orgs-import-preview-submit");
            browser.await("#orgs-import-preview tr[data-row='2'][data-outcome='ALREADY_MEMBER']");
            browser.click("#orgs-import-confirm");
            browser.await("#orgs-import-result tr[data-row='3'][data-outcome='ALREADY_MEMBER']");
            assertEquals(companyId, browser.attribute("#orgs-import-result tr[data-row='2']", "data-id"));

            // Suspension needs a reason, which the list then shows; reinstatement lifts it.
            browser.go("/secretariat/organisations?status=APPROVED");
            String row = "#orgs-table tr[data-id='" + companyId + "']";
            browser.await(row);
            browser.click("#suspend-" + companyId + " button[type='submit']");
            browser.awaitTrue(() -> !browser.find("#suspend-" + companyId + "-reason-error").getText().isBlank(),
                    "reason required next to its field");
            browser.type("#suspend-" + companyId + "-reason", "会費の未納が続いているため");
            browser.click("#suspend-" + companyId + " button[type='submit']");
            browser.awaitTextContaining("#orgs-status", company);
            browser.choose("#orgs-filter-status", "SUSPENDED");
            browser.await(row + "[data-status='SUSPENDED']");
            browser.awaitTextContaining(row, "会費の未納が続いているため");
            browser.screenshot("journey-secretariat-member-suspended");
            browser.click(row + " button.org-reinstate");
            browser.awaitTrue(() -> browser.findAll(row).isEmpty(), "reinstated: no longer among the suspended");
            browser.awaitTextContaining("#orgs-status", company);
            browser.choose("#orgs-filter-status", "APPROVED");
            browser.await(row + "[data-status='APPROVED']");
        } finally {
            Files.deleteIfExists(shiftJis);
        }
    }
}
