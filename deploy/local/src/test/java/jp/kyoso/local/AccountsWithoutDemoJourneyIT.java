package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.local.launcher.KyosoLocal;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.LocalPlatformOptions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go-live as a city starts kyoso, demo mode off (a platform of its own: no demo users, no demo organisations): the
 * first administrator from the bootstrap variables is made to choose a password, creates a staff account for an
 * approved city department and a committee account; each signs in with the handed-over password, is made to choose
 * their own, and does a task of their role (the staff member drafts a City Lab challenge, the committee member opens
 * their reviews, already known to the fund); the committee member then forgets the password and resets it through
 * the link in the mail the embedded SMTP server received.
 */
class AccountsWithoutDemoJourneyIT {

    private static final String ADMIN = "city-admin";
    private static final String ADMIN_INITIAL = "handed-over-by-IT-2026";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/#(/password-reset\\?token=[A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static LocalPlatform platform;

    @BeforeAll
    static void startAsACityWould() {
        platform = LocalPlatform.start(LocalPlatformOptions.withoutDemo(data, KyosoLocal.repositoryRoot(), Map.of(
                "KYOSO_BOOTSTRAP_ADMIN_USERNAME", ADMIN, "KYOSO_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_INITIAL)));
    }

    @AfterAll
    static void closePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void bootstrapAdminCreatesStaffAndCommitteeWhoChooseTheirPasswordsWorkAndResetOneByMail() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String staff = "kankyo-" + suffix;
        String committee = "iin-" + suffix;
        String committeeMail = committee + "@committee.example.jp";
        String challengeTitle = "公園の暑さ対策 " + suffix;
        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            // 1. The bootstrap administrator signs in and must choose a password first.
            browser.go("/admin/accounts");
            signInChoosing(browser, ADMIN, ADMIN_INITIAL, "kept-by-the-ward-IT-2026");
            browser.await("#account-create");
            browser.screenshot("accounts-1-admin-after-forced-change");

            // The department itself is co-creation's: applied for and approved (by the administrator) through the API.
            String adminToken = (String) browser.script("return sessionStorage.getItem('kyoso.token');");
            String departmentName = "品川区 環境課 " + suffix;
            String department = approvedDepartment(departmentName, adminToken);

            // 2. The administrator creates the staff account (bound to the department) and a committee account.
            browser.go("/admin/accounts?q=" + suffix);
            String staffInitial = create(browser, staff, "環境 花子", staff + "@city.example.jp", "STAFF",
                    departmentName);
            String committeeInitial = create(browser, committee, "審査 一郎", committeeMail, "COMMITTEE", null);
            browser.awaitTextContaining("#accounts-table", departmentName);
            browser.screenshot("accounts-2-created");
            // The fund knows the new member before they ever open a fund screen: assignable at once.
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                    get("/api/fund/committee?size=100", adminToken).contains("\"" + committee + "\""));
            browser.click("#logout");

            // 3. The staff member signs in with the handed-over password, chooses one, drafts a challenge.
            browser.go("/citylab/new");
            signInChoosing(browser, staff, staffInitial, "kankyo-own-passphrase");
            browser.type("#challenge-form-title", challengeTitle);
            browser.type("#challenge-form-background", "夏の公園で日陰が足りず、高齢者や子どもが利用を控えている。");
            browser.type("#challenge-form-desiredOutcome", "日陰とベンチを増やし、夏の利用者数を回復させる。");
            browser.type("#challenge-form-sdgTargets", "11.7, 3.9");
            browser.script("const input = document.querySelector(arguments[0]); input.value = arguments[1];"
                    + "input.dispatchEvent(new Event('input', {bubbles: true}));", "#challenge-form-proposalDeadline",
                    LocalDate.now().plusMonths(2).toString());
            browser.click("#challenge-submit");
            browser.awaitTextContaining("#challenge-status", challengeTitle);
            assertEquals("DRAFT", browser.attribute("#challenge-state", "data-status"));
            browser.screenshot("accounts-3-staff-challenge");
            browser.click("#logout");

            // 4. The committee member signs in, chooses a password and opens their reviews.
            browser.go("/fund/review");
            signInChoosing(browser, committee, committeeInitial, "iin-own-passphrase-1");
            browser.await("#fund-review");
            browser.screenshot("accounts-4-committee-reviews");
            browser.click("#logout");

            // 5. The committee member forgot the password: the mailed link sets a new one.
            browser.go("/login");
            browser.click("#login-forgot");
            browser.type("#forgot-form-email", committeeMail);
            browser.click("#forgot-submit");
            browser.awaitTextContaining("#reset-status", "リンク");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> platform.mail().received().stream()
                    .anyMatch(mail -> to(mail).equals(committeeMail)));
            MimeMessage mail = platform.mail().received().stream().filter(m -> to(m).equals(committeeMail))
                    .reduce((first, second) -> second).orElseThrow();
            Matcher link = LINK.matcher(text(mail));
            assertTrue(link.find(), text(mail));
            browser.go(link.group(1));
            browser.type("#reset-form-newPassword", "iin-remembered-this-one");
            browser.click("#reset-submit");
            browser.awaitTextContaining("#reset-status", "設定しました");
            browser.click("#reset-login");
            browser.type("#login-form-username", committee);
            browser.type("#login-form-password", "iin-remembered-this-one");
            browser.click("#login-submit");
            browser.await("#signed-in-as");
            browser.screenshot("accounts-5-reset-and-signed-in");
        }
    }

    /** Signs in with a handed-over password, which leads to the forced change, and back to where it started. */
    private static void signInChoosing(PortalBrowser browser, String username, String initial, String chosen) {
        String route = browser.currentRoute();
        browser.type("#login-form-username", username);
        browser.type("#login-form-password", initial);
        browser.click("#login-submit");
        browser.await("#password-forced");
        browser.type("#password-form-currentPassword", initial);
        browser.type("#password-form-newPassword", chosen);
        browser.click("#password-submit");
        String target = route.replaceFirst("^/login\\?next=", "");
        browser.awaitTrue(() -> browser.currentRoute().startsWith(
                java.net.URLDecoder.decode(target, StandardCharsets.UTF_8).replaceFirst("\\?.*", "")),
                "back to " + target);
        browser.await("#signed-in-as");
    }

    /** @return the initial password the screen shows once */
    private static String create(PortalBrowser browser, String username, String displayName, String email,
                                 String role, String department) {
        browser.type("#account-create-username", username);
        browser.type("#account-create-displayName", displayName);
        browser.type("#account-create-email", email);
        browser.click("#account-create-role-" + role);
        if (department != null) {
            browser.chooseContaining("#account-create-organisationId", department);
        }
        browser.type("#account-create-reason", "新年度の体制");
        browser.click("#account-create-submit");
        browser.await("#account-initial-password[data-username='" + username + "']");
        return browser.find("#account-initial-password").getText();
    }

    private static String approvedDepartment(String name, String adminToken) throws IOException, InterruptedException {
        HttpResponse<String> applied = send(HttpRequest.newBuilder(platform.portalUrl().resolve(
                        "/api/cocreation/organisations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name,
                        "organisationType", "CITY_DEPARTMENT", "contactName", "環境課 窓口",
                        "contactEmail", "kankyo@city.example.jp")), StandardCharsets.UTF_8)));
        assertEquals(201, applied.statusCode(), applied.body());
        String id = JSON.readTree(applied.body()).path("id").asText();
        HttpResponse<String> approved = send(HttpRequest.newBuilder(platform.portalUrl().resolve(
                "/api/cocreation/organisations/" + id + "/approve")).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    private static String get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(platform.portalUrl().resolve(path)).header("Authorization",
                "Bearer " + token).GET()).body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The mail's text, its transfer encoding undone (a UTF-8 body travels as quoted-printable or base64). */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        StringBuilder text = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
        }
        return text.toString();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
