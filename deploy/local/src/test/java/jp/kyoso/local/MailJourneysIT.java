package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import jp.kyoso.local.launcher.LocalPlatform;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail in a real headless Chromium against the whole platform and its embedded SMTP server: the secretariat approves
 * a company, whose contact receives the invitation by mail (no code handed over); a newcomer, signed out, reads it in
 * the demo's local mailbox, creates an account, follows the mail's link and joins with the invitation and code the
 * link carries; then, as a member, switches one kind of mail off and back in their mail settings.
 */
@ExtendWith(SharedPlatform.class)
class MailJourneysIT {

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void theInvitationArrivesByMailAndItsLinkJoinsTheOrganisation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "メール受信商事 " + suffix;
        String email = "mail-" + suffix + "@mail-journey.example.jp";
        String username = "mail-" + suffix;
        String password = "green-harbour-" + suffix;

        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            // 1. The company applies; the secretariat approves, which invites the contact as first admin by mail.
            browser.go("/apply");
            browser.type("#apply-form-name", company);
            browser.choose("#apply-form-organisationType", "COMPANY");
            browser.type("#apply-form-contactName", "受信 花子");
            browser.type("#apply-form-contactEmail", email);
            browser.click("#apply-submit");
            browser.awaitTextContaining("#apply-status", company);
            String organisationId = browser.attribute("#apply-status", "data-organisation-id");
            signIn(browser, "secretariat");
            browser.go("/secretariat/organisations");
            browser.click("#orgs-table tr[data-id='" + organisationId + "'] button.approve");
            browser.awaitTextContaining("#orgs-status", company);
            signOut(browser);

            // 2. The SMTP server received it (waited for here, not by the screen: the screen shows what is there).
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> platform.mail().received().stream()
                    .anyMatch(mail -> to(mail).equals(email)));

            // 3. Signed out, the newcomer reads it in the local mailbox and finds the acceptance link.
            browser.go("/local-mailbox?address=" + email);
            browser.awaitTextContaining("#mailbox-list .mail h3", company);
            browser.awaitTextContaining("#mailbox-list .mail-body", "管理者");
            String link = browser.attribute("#mailbox-list .mail a.mail-link[href*='/account/join']", "href");
            String portal = "http://localhost:" + platform.portalUrl().getPort();
            assertTrue(link.startsWith(portal + "/#/account/join?invitation="), link);
            assertTrue(link.contains("&code="), link);
            String joinRoute = link.substring(link.indexOf('#') + 1);
            browser.screenshot("mail-local-mailbox");

            // 4. They create their account, then follow the link: invitation and code are filled in.
            browser.go("/signup");
            browser.type("#signup-form-username", username);
            browser.type("#signup-form-password", password);
            browser.type("#signup-form-displayName", "受信 花子");
            browser.type("#signup-form-email", email);
            browser.click("#signup-submit");
            browser.await("#join-form");
            browser.go(joinRoute);
            browser.awaitTrue(() -> !browser.attribute("#join-form-code", "value").isBlank(), "code from the link");
            assertEquals(joinRoute.replaceFirst(".*invitation=([^&]+).*", "$1"),
                    browser.attribute("#join-form-invitationId", "value"));
            browser.click("#join-submit");
            browser.awaitTextContaining("#join-status", company);
            assertEquals(organisationId, browser.attribute("#join-status", "data-organisation-id"));

            // 5. As a member: mail settings show their address; declined proposals off, saved, and on again.
            browser.go("/settings/mail");
            browser.awaitTextContaining("#mail-settings-address", email);
            browser.click("#mail-kind-proposal_declined");
            browser.click("#mail-settings-submit");
            browser.awaitTextContaining("#mail-settings-status", "保存しました");
            browser.go("/");
            browser.go("/settings/mail");
            browser.await("#mail-kind-proposal_declined");
            assertFalse(browser.find("#mail-kind-proposal_declined").isSelected(), "kept switched off");
            assertTrue(browser.find("#mail-kind-proposal_adopted").isSelected());
            browser.screenshot("mail-journey");
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signIn(PortalBrowser browser, String username) {
        browser.go("/login");
        browser.signIn(username);
    }

    private static void signOut(PortalBrowser browser) {
        browser.click("#logout");
        browser.await("#login-link");
    }
}
