package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import jp.kyoso.local.demo.PortalClient;
import jp.kyoso.local.launcher.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The youth programme in a real headless Chromium against the whole platform: the secretariat creates a student's
 * account and enrols it in one form and reads the one-time password off the screen; the student signs in with it,
 * proposes an idea on the demo theme and finds it under "my ideas"; the secretariat erases the student, and the
 * public idea list then shows the pseudonym, never the nickname. Names carry a random suffix (shared platform).
 */
@ExtendWith(SharedPlatform.class)
class YouthJourneysIT {

    private static final String DEMO_THEME = "公園をもっと使いやすく";

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void aStudentCreatedByTheSecretariatProposesAnIdeaAndIsErasedToAPseudonym() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "student-" + suffix;
        String nickname = "みなみ" + suffix;
        String title = "公園に日陰のベンチを " + suffix;
        String themeId = demoThemeId();
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            browser.go("/secretariat/youth/participants");
            browser.signIn("secretariat");
            browser.await("#youth-create");
            browser.type("#youth-create-username", username);
            browser.type("#youth-create-nickname", nickname);
            browser.choose("#youth-create-schoolYear", "JHS_2");
            browser.type("#youth-create-realName", "品川 南" + suffix);
            browser.type("#youth-create-guardianContact", "guardian-" + suffix + "@example.jp");
            browser.click("#youth-create-submit");
            String password = browser.await("#youth-new-password").getText();
            String userId = browser.find("#youth-new-user-id").getText();
            assertTrue(password.length() >= 10, password);
            browser.awaitTextContaining("#participants-table", nickname);
            browser.screenshot("youth-1-account-created");
            browser.click("#logout");

            // The student signs in with the one-time password, must choose their own first, and proposes an idea
            // on the demo theme.
            browser.go("/youth/mine");
            browser.type("#login-form-username", username);
            browser.type("#login-form-password", password);
            browser.click("#login-submit");
            browser.await("#password-forced");
            browser.type("#password-form-currentPassword", password);
            browser.type("#password-form-newPassword", "haru-no-himitsu-" + suffix);
            browser.click("#password-submit");
            browser.awaitTrue(() -> browser.currentRoute().startsWith("/youth/mine"), "back to the student's ideas");
            browser.awaitTextContaining("#signed-in-as", nickname);
            browser.go("/youth/themes/" + themeId);
            browser.await("#idea-form");
            browser.type("#idea-form-title", title);
            browser.type("#idea-form-body", "夏の公園は日差しが強いので、木陰にベンチを増やしてほしいです。");
            browser.click("#idea-submit");
            browser.awaitTextContaining("#my-ideas", title);
            assertTrue(browser.find("#my-ideas").getText().contains("提出済み"));
            browser.screenshot("youth-2-my-ideas");
            browser.click("#logout");

            // The secretariat erases the student (after the confirmation); the idea stays under the pseudonym.
            browser.go("/secretariat/youth/participants");
            browser.signIn("secretariat");
            String row = "#participants-table tr[data-user-id='" + userId + "']";
            browser.await(row);
            browser.script("window.confirm = () => true;");
            browser.click(row + " .youth-erase");
            browser.awaitTextContaining("#youth-status", "削除済みユーザー-");
            browser.await(row + " .youth-erased");
            assertFalse(browser.find("#participants-table").getText().contains("品川 南" + suffix), "real name gone");
            browser.click("#logout");

            browser.go("/youth/themes/" + themeId);
            browser.awaitTextContaining("#ideas", title);
            String idea = browser.findAll("#ideas li").stream().map(li -> li.getText())
                    .filter(text -> text.contains(title)).findFirst().orElseThrow();
            assertTrue(idea.contains("削除済みユーザー-"), idea);
            assertFalse(browser.find("#view").getText().contains(nickname), "the nickname is gone from public view");
            browser.screenshot("youth-3-idea-under-pseudonym");
        }
    }

    /** The demo data's youth theme, found through the public API. */
    private String demoThemeId() {
        JsonNode themes = new PortalClient(platform.portalUrl()).get("/api/cocreation/youth/themes?size=100");
        for (JsonNode theme : themes.path("items")) {
            if (DEMO_THEME.equals(theme.path("title").asText())) {
                return theme.path("id").asText();
            }
        }
        throw new AssertionError("no demo theme " + DEMO_THEME + " in " + themes);
    }
}
