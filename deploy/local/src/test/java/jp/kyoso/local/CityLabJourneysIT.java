package jp.kyoso.local;

import static jp.kyoso.local.DashboardFigures.awaitCount;
import static jp.kyoso.local.DashboardFigures.count;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.local.demo.DemoData;
import jp.kyoso.local.demo.PortalClient;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.testsupport.MailedInvitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * City Lab in a real headless Chromium against the whole platform: a company applies and is approved, the
 * secretariat resends its invitation mail, its person signs up and joins the organisation with the invitation and
 * code of the new mail (as the embedded SMTP server received it; the earlier mail's code no longer works), a
 * department drafts a challenge that the secretariat refines and publishes after the department's sign-off, the new
 * company proposes (attaching its plan), publishes a seed that the catalogue's SDG filter finds and that makes the
 * challenge one of "challenges for my seeds" (another challenge sharing nothing with it is not), proposes a field
 * experiment and attaches its safety plan (which another organisation may not read), and the secretariat sees the
 * proposal; the department adopts it (seeing the company's name, never
 * its id) and completes the collaboration project with a result report; the public dashboard counts the published
 * challenge and the proposal, and the challenge is among the events behind its figure.
 */
@ExtendWith(SharedPlatform.class)
class CityLabJourneysIT {

    private static final String CHALLENGES = "#kpi-citylab-challenges";
    private static final String PROPOSALS = "#kpi-citylab-proposals";

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void aCompanyJoinsIsApprovedAndProposesToAChallengeStaffDraftedAndTheSecretariatPublished() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "シティラボ参加商事 " + suffix;
        String email = "lab-" + suffix + "@citylab-journey.example.jp";
        String username = "lab-" + suffix;
        String password = "blue-harbour-" + suffix;
        String challengeTitle = "商店街の空き店舗を活用した見守り拠点づくり " + suffix;
        String proposalTitle = "空き店舗IoT見守りステーション " + suffix;
        String deadline = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();

        try (PortalBrowser browser = PortalBrowser.open(platform.portalUrl())) {
            // 0. The public dashboard's City Lab figures before (other journeys may have moved them already).
            browser.go("/");
            long challengesBefore = awaitCount(browser, CHALLENGES, count -> count >= 0, "City Lab figures shown");
            long proposalsBefore = count(browser, PROPOSALS);

            // 1. The company applies (public), the secretariat approves (which mails the contact an invitation) and
            // resends the invitation mail: never seeing a code, only to whom it went.
            browser.go("/apply");
            browser.type("#apply-form-name", company);
            browser.choose("#apply-form-organisationType", "COMPANY");
            browser.type("#apply-form-contactName", "見守 太郎");
            browser.type("#apply-form-contactEmail", email);
            browser.click("#apply-submit");
            browser.awaitTextContaining("#apply-status", company);
            String organisationId = browser.attribute("#apply-status", "data-organisation-id");

            signIn(browser, "secretariat", "kyoso-demo");
            browser.go("/secretariat/organisations");
            String row = "#orgs-table tr[data-id='" + organisationId + "']";
            browser.click(row + " button.approve");
            browser.awaitTextContaining("#orgs-status", company);

            MailedInvitation approvalMail = MailedInvitation.awaitLatest(platform.mail(), email);
            browser.go("/secretariat/resend-invitation?organisation=" + organisationId);
            browser.await("#resend-form");
            assertEquals(organisationId, browser.attribute("#resend-form-organisationId", "value"));
            assertEquals(email, browser.attribute("#resend-form-email", "value"), "the contact's address is offered");
            browser.click("#resend-submit");
            browser.awaitText("#resend-sent-to", email);
            MailedInvitation resent = MailedInvitation.awaitLatest(platform.mail()::received, email,
                    mailed -> !mailed.id().equals(approvalMail.id()));
            assertFalse(browser.find("main").getText().contains(resent.code()), "no code on the screen");
            assertFalse(browser.find("main").getText().contains(resent.id().toString()), "nothing to hand over");
            signOut(browser);

            // 2. The company's person signs up (a weak password is refused next to the field) and joins.
            browser.go("/signup");
            browser.type("#signup-form-username", username);
            browser.type("#signup-form-password", "short");
            browser.type("#signup-form-displayName", "見守 太郎");
            browser.type("#signup-form-email", email);
            browser.click("#signup-submit");
            browser.awaitTextContaining("#signup-form-password-error", "10文字以上");
            browser.type("#signup-form-password", password);
            browser.click("#signup-submit");
            browser.await("#join-form");
            browser.type("#join-form-invitationId", approvalMail.id().toString());
            browser.type("#join-form-code", approvalMail.code());
            browser.click("#join-submit");
            browser.awaitTrue(() -> !browser.find("#join-status").getText().isBlank(), "the withdrawn mail refused");
            assertFalse(browser.find("#join-status").getText().contains(company), "the earlier mail no longer works");
            browser.type("#join-form-invitationId", resent.id().toString());
            browser.type("#join-form-code", resent.code());
            browser.click("#join-submit");
            browser.awaitTextContaining("#join-status", company);
            assertEquals(organisationId, browser.attribute("#join-status", "data-organisation-id"));
            browser.awaitTextContaining("#signed-in-as", "会員");
            signOut(browser);

            // 3. City staff draft the challenge; typing a similar text warns about it afterwards.
            signIn(browser, "staff", "kyoso-demo");
            browser.go("/citylab/new");
            browser.type("#challenge-form-title", challengeTitle);
            browser.type("#challenge-form-background",
                    "駅前商店街で空き店舗が増え、高齢者の見守りの目が減っている。空き店舗を地域の拠点に変えたい。");
            browser.type("#challenge-form-desiredOutcome", "見守り拠点を3か所開設し、高齢者の孤立を減らす。");
            browser.type("#challenge-form-sdgTargets", "11.3, 3.d, 17.17");
            setValue(browser, "#challenge-form-proposalDeadline", deadline);
            browser.click("#challenge-submit");
            browser.awaitTextContaining("#challenge-status", challengeTitle);
            assertEquals("DRAFT", browser.attribute("#challenge-state", "data-status"));
            String challengeRoute = browser.currentRoute().replaceFirst("\\?.*", "");
            String challengeId = challengeRoute.substring(challengeRoute.lastIndexOf('/') + 1);

            browser.go("/citylab/new");
            browser.type("#challenge-form-title", challengeTitle);
            browser.awaitTextContaining("#similar-list", challengeTitle);
            signOut(browser);

            // 4. The secretariat refines it and asks the department to sign off.
            signIn(browser, "secretariat", "kyoso-demo");
            browser.go(challengeRoute);
            browser.click("#start-refinement");
            awaitState(browser, "IN_REFINEMENT");
            browser.type("#refine-form-solutionDirection", "空き店舗にセンサーと交流スペースを置き、商店会と協働で運営する。");
            browser.type("#refine-form-note", "解決の方向性を追記");
            browser.click("#refine-submit");
            browser.awaitTextContaining("#challenge-state", "版 2");
            browser.awaitTextContaining("#challenge-status", "版 2");
            browser.awaitTextContaining("#challenge-versions", "解決の方向性を追記");
            browser.click("#request-signoff");
            awaitState(browser, "AWAITING_SIGNOFF");
            signOut(browser);

            // 5. The department signs off; the secretariat publishes.
            signIn(browser, "staff", "kyoso-demo");
            browser.go(challengeRoute);
            browser.click("#signoff");
            browser.awaitTrue(() -> "true".equals(browser.attribute("#challenge-state", "data-signed-off")),
                    "signed off");
            signOut(browser);
            signIn(browser, "secretariat", "kyoso-demo");
            browser.go(challengeRoute);
            browser.click("#publish");
            awaitState(browser, "PUBLISHED");
            signOut(browser);

            // 6. The public list shows it; the new company's person proposes.
            browser.go("/citylab/challenges");
            browser.awaitTextContaining("#challenges-table tr[data-id='" + challengeId + "']", challengeTitle);

            // 6b. A visitor searches by Japanese keyword and SDG goal and target: the challenge is found, another
            //     published challenge with the same words but other SDGs is not; the search stays in the address.
            String other = otherPublishedChallenge("商店街の空き店舗を活用した創業支援 " + suffix, deadline);
            String journeyRow = "#challenges-table tr[data-id='" + challengeId + "']";
            String otherRow = "#challenges-table tr[data-id='" + other + "']";
            browser.go("/citylab/challenges");
            browser.type("#challenges-filter-q", "空き店舗を活用した");
            browser.click("#challenges-search");
            browser.awaitTrue(() -> !browser.findAll(journeyRow).isEmpty() && !browser.findAll(otherRow).isEmpty(),
                    "the keyword alone finds both challenges");
            browser.choose("#challenges-filter-goal", "3");
            browser.choose("#challenges-filter-target", "3.d");
            browser.click("#challenges-search");
            browser.awaitTrue(() -> browser.currentRoute().contains("goal=3") && browser.currentRoute()
                    .contains("target=3.d"), "the search in the address");
            browser.awaitTrue(() -> !browser.findAll(journeyRow).isEmpty() && browser.findAll(otherRow).isEmpty(),
                    "keyword and SDG target find the challenge aimed at 3.d, not the one aimed at 8.3");
            browser.awaitTextContaining(journeyRow, challengeTitle);
            String searched = browser.currentRoute();
            browser.go("/");
            browser.go(searched);
            browser.awaitTrue(() -> "空き店舗を活用した".equals(browser.attribute("#challenges-filter-q", "value"))
                    && "3.d".equals(browser.attribute("#challenges-filter-target", "value")),
                    "the search kept after reloading");
            browser.screenshot("citylab-challenge-search");

            // 6c. The public member directory lists the new company, found by its Japanese name; no contact shown.
            browser.go("/members");
            browser.type("#members-filter-q", company);
            browser.click("#members-search");
            browser.awaitTextContaining("#members-table tr[data-id='" + organisationId + "']", company);
            assertFalse(browser.find("#members-table").getText().contains(email), "no contact in the directory");
            signIn(browser, username, password);
            browser.go(challengeRoute);
            browser.type("#proposal-form-title", proposalTitle);
            browser.type("#proposal-form-summary", "空き店舗に見守りセンサーと交流スペースを備えた拠点を置く。");
            browser.type("#proposal-form-approach", "商店会・町会と協働し、3か月ごとに利用状況を評価して改善する。");
            browser.type("#proposal-form-team", "当社IoT事業部3名、商店会、地域包括支援センター");
            browser.type("#proposal-form-sdgTargets", "11.3, 3.d");
            browser.type("#proposal-form-expectedOutcome", "高齢者の見守り件数を月100件以上に。");
            browser.type("#proposal-form-costEstimateYen", "4,800,000");
            setValue(browser, "#proposal-form-periodFrom", LocalDate.parse(deadline).plusDays(30).toString());
            setValue(browser, "#proposal-form-periodTo", LocalDate.parse(deadline).plusDays(210).toString());
            browser.click("#proposal-submit");
            browser.awaitTrue(() -> "SUBMITTED".equals(browser.attribute("#own-proposal-state", "data-status")),
                    "own proposal submitted");
            browser.awaitTextContaining("#challenge-status", proposalTitle);

            // 6a. The company attaches its plan (a PDF with a Japanese name) to the proposal.
            String proposalId = browser.attribute("#own-proposal-state", "data-id");
            JourneyFiles.uploadPdf(browser, "proposal-attachments", "事業計画書-" + suffix);
            String attachmentId = browser.attribute("#proposal-attachments-table tr[data-name]", "data-id");
            String file = "/api/citylab/proposals/" + proposalId + "/attachments/" + attachmentId;
            assertEquals(200L, JourneyFiles.statusOf(browser, file));
            browser.screenshot("citylab-journey-proposal-attachment");
            signOut(browser);

            // 6b. A competing company (the demo member) gets 403 on that file and on the list.
            signIn(browser, "member", "kyoso-demo");
            assertEquals(403L, JourneyFiles.statusOf(browser, file));
            assertEquals(403L, JourneyFiles.statusOf(browser,
                    "/api/citylab/proposals/" + proposalId + "/attachments"));
            signOut(browser);

            // 6d. The new company publishes a seed aimed at 3.d (through the API; its words share nothing with the
            //     other challenge). The seed catalogue's SDG filter narrows to goal 3 and comes back when cleared;
            //     "challenges for my seeds" shows the journey's challenge (shared 3.d) and not the other (8.3 only).
            PortalClient companyApi = new PortalClient(platform.portalUrl());
            companyApi.login(username, password);
            String seedTitle = "高齢者見守りセンサー " + katakana(suffix);
            String seedId = companyApi.post("/api/cocreation/seeds", Map.of("title", seedTitle,
                    "description", "一人暮らしの高齢者の生活リズムを非接触センサーで見守ります。",
                    "sdgTargets", List.of("3.d"), "keywords", List.of("見守り"),
                    "contactName", "見守り担当", "contactEmail", email), 201).path("id").asText();
            String seedRow = "#seeds-table tr[data-id='" + seedId + "']";
            String otherGoalSeed = "商店街向けキャッシュレス・ポイント基盤";
            browser.go("/seeds");
            browser.await(seedRow);
            long everySeed = found(browser, "#seeds-status");
            browser.choose("#seeds-search-goal", "3");
            browser.click("#seeds-search-submit");
            browser.awaitTrue(() -> browser.currentRoute().contains("goal=3") && !browser.findAll(seedRow).isEmpty()
                    && found(browser, "#seeds-status") < everySeed
                    && !browser.find("#seeds-table").getText().contains(otherGoalSeed), "seeds of goal 3 only");
            browser.screenshot("citylab-journey-seed-sdg-filter");
            browser.click("#seeds-search-clear");
            browser.awaitTrue(() -> !browser.currentRoute().contains("goal=") && !browser.findAll(seedRow).isEmpty()
                    && found(browser, "#seeds-status") == everySeed, "every seed back");
            assertEquals("", browser.attribute("#seeds-search-goal", "value"));

            // City Lab learns of the seed from its event: wait for it through the API, then read the screen.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> companyApi
                    .get("/api/citylab/challenges/for-my-seeds?size=100").path("items")
                    .findValuesAsText("challengeId").contains(challengeId));
            signIn(browser, username, password);
            String fitRow = "#fits-table tr[data-id='" + challengeId + "']";
            browser.go("/citylab/for-my-seeds");
            browser.awaitTextContaining(fitRow, seedTitle);
            browser.awaitTextContaining(fitRow + " .fit-reason", "3.d");
            browser.awaitTrue(() -> browser.find("#fits-status").getText().matches("\\d+件見つかりました"),
                    "the number of fitting challenges said");
            assertTrue(browser.findAll("#fits-table tr[data-id='" + other + "']").isEmpty(),
                    "a challenge sharing no SDG and no words with the seed is not offered");
            browser.screenshot("citylab-journey-challenges-for-my-seeds");

            // 6e. The company proposes a field experiment (through the API) and attaches its safety plan on the
            //     experiments screen; another organisation may not read the experiment's files (403).
            String experimentId = companyApi.post("/api/citylab/experiments", experiment(suffix, deadline), 201)
                    .path("id").asText();
            String experimentPanel = "experiment-" + experimentId + "-attachments";
            browser.go("/citylab/experiments");
            browser.click("#" + experimentPanel + "-open");
            JourneyFiles.uploadPdf(browser, experimentPanel, "安全計画書-" + suffix);
            String experimentFiles = "/api/citylab/experiments/" + experimentId + "/attachments";
            assertEquals(200L, JourneyFiles.statusOf(browser, experimentFiles));
            browser.screenshot("citylab-journey-experiment-attachment");
            signOut(browser);
            signIn(browser, "member", "kyoso-demo");
            assertEquals(403L, JourneyFiles.statusOf(browser, experimentFiles));
            signOut(browser);

            // 7. The secretariat sees the proposal with the company's name.
            signIn(browser, "secretariat", "kyoso-demo");
            browser.go(challengeRoute);
            browser.awaitTextContaining("#proposals-table", proposalTitle);
            browser.awaitTextContaining("#proposals-table", company);
            assertTrue(browser.find("#proposals-table tr[data-status='SUBMITTED'] button.adopt").isDisplayed());
            browser.screenshot("citylab-journey-proposal-visible-to-secretariat");
            signOut(browser);

            // 8. The department's staff see the company's name too, never its id, and adopt the proposal; the
            //    collaboration project it starts is completed with a public result report (required: the
            //    server's message appears next to the field first).
            signIn(browser, "staff", "kyoso-demo");
            browser.go(challengeRoute);
            browser.awaitTextContaining("#proposals-table", company);
            assertFalse(browser.find("#proposals-table").getText().contains(organisationId));
            browser.click("#proposals-table tr[data-status='SUBMITTED'] button.adopt");
            String projectLink = "#proposals-table tr[data-status='ADOPTED'] a[id$='-project']";
            browser.click(projectLink);
            browser.awaitTrue(() -> "ACTIVE".equals(browser.attribute("#project-state", "data-status")),
                    "project active");
            browser.awaitTextContaining("#project-details", company);
            browser.click("#complete-submit");
            browser.awaitText("#complete-form-resultReport-error", "必須項目です");
            String report = "3か所の見守り拠点を開設し、月120件の見守りを実施した " + suffix;
            browser.type("#complete-form-resultReport", report);
            browser.click("#complete-submit");
            browser.awaitTrue(() -> "COMPLETED".equals(browser.attribute("#project-state", "data-status")),
                    "project completed");
            browser.awaitTextContaining("#project-report", report);
            browser.awaitTextContaining("#project-status", proposalTitle);
            assertTrue(browser.findAll("#complete-form").isEmpty(), "a completed project has no completion form");
            browser.screenshot("citylab-journey-project-completed");
            signOut(browser);

            // 9. The public dashboard counts both, and the challenge is behind the figure of published challenges.
            browser.go("/");
            awaitCount(browser, CHALLENGES, count -> count > challengesBefore, "challenge counted");
            long proposals = awaitCount(browser, PROPOSALS, count -> count > proposalsBefore, "proposal counted");
            String fiscalYear = browser.attribute("#year-form-fiscalYear", "value");
            assertEquals(proposals, count(browser, "#kpi-years-proposals-" + fiscalYear),
                    "the years table shows the same figure for the year");
            browser.screenshot("citylab-journey-dashboard-counts-it");
            browser.click(CHALLENGES);
            browser.awaitTextContaining("#facts-summary", "公開した課題数");
            browser.awaitTextContaining("#facts-table", challengeId);
            browser.awaitTextContaining("#facts-table", "課題の公開");
            browser.screenshot("citylab-journey-dashboard-drill-down");
            browser.click("#facts-table a[href$='" + challengeId + "']");
            browser.awaitTextContaining("main", challengeTitle);
        }
    }

    /** The number of matches a list's status line reports ("12件見つかりました"), or -1 while it says none. */
    private static long found(PortalBrowser browser, String status) {
        String digits = browser.find(status).getText().replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    /** The hexadecimal suffix in katakana, so that a text made unique by it shares no trigram with Latin text. */
    private static String katakana(String hex) {
        StringBuilder text = new StringBuilder();
        hex.chars().forEach(c -> text.append((char) ('ア' + Character.digit(c, 16))));
        return text.toString();
    }

    private static Map<String, Object> experiment(String suffix, String from) {
        Map<String, Object> experiment = new LinkedHashMap<>();
        experiment.put("title", "公園での見守りセンサー実証 " + suffix);
        experiment.put("hypothesis", "非接触センサーで高齢者の外出を見守れば、家族の不安が減る。");
        experiment.put("facilityType", "公園");
        experiment.put("area", "大井町");
        experiment.put("residentMonitors", true);
        experiment.put("periodFrom", LocalDate.parse(from).plusDays(30).toString());
        experiment.put("periodTo", LocalDate.parse(from).plusDays(120).toString());
        experiment.put("risksAndSafety", "設置物は転倒防止の固定をし、毎週点検する。");
        experiment.put("personalDataHandling", "映像は撮らず、人数と時刻だけを匿名で記録する。");
        experiment.put("sdgTargets", List.of("3.d"));
        return experiment;
    }

    /** A second published challenge with the journey's words but SDG goal 8 only, set up through the portal's API. */
    private String otherPublishedChallenge(String title, String deadline) {
        PortalClient client = new PortalClient(platform.portalUrl());
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("background", "商店街で空き店舗が増えているため、空き店舗を活用して創業を支援したい。");
        draft.put("desiredOutcome", "空き店舗での創業を年5件生み出す。");
        draft.put("sdgTargets", List.of("8.3"));
        draft.put("proposalDeadline", deadline);
        client.login("staff", DemoData.PASSWORD);
        String id = client.post("/api/citylab/challenges", draft, 201).path("id").asText();
        String challenge = "/api/citylab/challenges/" + id;
        client.login("secretariat", DemoData.PASSWORD);
        client.post(challenge + "/start-refinement", null, 200);
        Map<String, Object> refined = new LinkedHashMap<>(draft);
        refined.remove("proposalDeadline");
        refined.put("solutionDirection", "創業支援機関と連携する。");
        client.post(challenge + "/versions", refined, 201);
        client.post(challenge + "/request-signoff", null, 200);
        client.login("staff", DemoData.PASSWORD);
        client.post(challenge + "/sign-off", null, 200);
        client.login("secretariat", DemoData.PASSWORD);
        client.post(challenge + "/publish", null, 200);
        return id;
    }

    private static void signIn(PortalBrowser browser, String username, String password) {
        browser.go("/login");
        browser.type("#login-form-username", username);
        browser.type("#login-form-password", password);
        browser.click("#login-submit");
        browser.await("#signed-in-as");
    }

    private static void signOut(PortalBrowser browser) {
        browser.click("#logout");
        browser.await("#login-link");
    }

    private static void awaitState(PortalBrowser browser, String status) {
        browser.awaitTrue(() -> status.equals(browser.attribute("#challenge-state", "data-status")), "state " + status);
    }

    /** Date inputs take their value in ISO form whatever the browser's locale shows, as a date picker sets it. */
    private static void setValue(PortalBrowser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.await(css), value);
    }
}
