package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jp.kyoso.local.launcher.LocalPlatform;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The co-creation screens in a real headless Chromium against the whole platform: a member publishes a seed that
 * the public finds in the catalogue and on the organisation's profile; a member invites a person and sees the
 * invitation among the organisation's people; text typed into a form survives the language switch; and user text
 * that looks like markup (a {@code <script>} title) is shown literally and never runs (issue 9). Names carry a
 * random suffix because other journeys share the platform.
 */
@ExtendWith(SharedPlatform.class)
class CoCreationJourneysIT {

    /** Runs if inserted as markup: either the script element or the broken image's handler sets the flag. */
    private static final String HOSTILE = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    private final LocalPlatform platform = SharedPlatform.platform();

    @Test
    void aMemberPublishesASeedThatThePublicFindsInTheCatalogueAndOnTheProfile() {
        String suffix = suffix();
        String title = "地域見守りシーズ " + suffix;
        try (PortalBrowser member = PortalBrowser.open(platform.portalUrl())) {
            member.go("/my/seeds/new");
            member.signIn("member");
            member.await("#seed-form");
            member.type("#seed-form-title", title);

            // The language switch redraws the screen; what was typed stays.
            member.click("#lang-toggle");
            member.awaitText("#view h2", "Publish a seed");
            assertEquals(title, member.find("#seed-form-title").getAttribute("value"));
            member.click("#lang-toggle");
            member.awaitText("#view h2", "シーズの公開");
            assertEquals(title, member.find("#seed-form-title").getAttribute("value"));

            // A bad target: the server's message appears next to the field and nothing is published.
            member.type("#seed-form-description", "商店街の見守りをセンサーで支援します。");
            member.type("#seed-form-sdgTargets", "99.9");
            member.click("#seed-submit");
            member.awaitTrue(() -> !member.find("#seed-form-sdgTargets-error").getText().isBlank(), "target error");
            assertEquals("true", member.attribute("#seed-form-sdgTargets", "aria-invalid"));

            member.type("#seed-form-sdgTargets", "3.8, 11.7");
            member.type("#seed-form-keywords", "見守り, IoT");
            member.click("#seed-submit");
            member.awaitText("#seed-title", title);
            member.awaitTextContaining("#seed-org", "しながわテック");
        }
        try (PortalBrowser visitor = PortalBrowser.open(platform.portalUrl())) {
            visitor.go("/");
            visitor.click("a[data-route='/seeds']");
            visitor.type("#seeds-search-q", suffix);
            visitor.click("#seeds-search-submit");
            visitor.awaitTextContaining("#seeds-table tbody", title);
            assertEquals(1, visitor.findAll("#seeds-table tbody tr").size());
            visitor.click("#seeds-table a.seed-link");
            visitor.awaitText("#seed-title", title);
            visitor.awaitTextContaining("#seed-description", "商店街の見守り");
            visitor.click("#seed-org");
            visitor.awaitTextContaining("#profile-name", "しながわテック");
            visitor.awaitTextContaining("#profile-seed-list", title);
            assertFalse(visitor.find("#profile-seeds").getText().contains("null"));
            visitor.screenshot("cocreation-1-seed-on-public-profile");
        }
    }

    @Test
    void aMemberInvitesAPersonAndSeesTheInvitationAmongThePeople() {
        String email = "kyodo-" + suffix() + "@shinagawa-tech.example.jp";
        try (PortalBrowser member = PortalBrowser.open(platform.portalUrl())) {
            member.go("/");
            member.click("#login-link");
            member.signIn("member");
            member.click("a[data-route='/my/organisation']");
            member.awaitTextContaining("#my-summary", "しながわテック");
            member.awaitTextContaining("#my-role", "管理者");
            // The organisation's items in the other programmes, each with its status: the demo data's declaration.
            member.awaitTextContaining("#my-declaration", "登録済み");
            member.await("#my-proposals");
            member.await("#my-applications");
            member.await("#invite-form");

            // Not an email address: the server's message next to the field.
            member.type("#invite-form-email", "not-an-email");
            member.click("#invite-submit");
            member.awaitTrue(() -> !member.find("#invite-form-email-error").getText().isBlank(), "email error");

            member.type("#invite-form-email", email);
            member.choose("#invite-form-role", "MEMBER");
            member.click("#invite-submit");
            member.awaitTextContaining("#invite-status", email);
            String row = "#people-table tr[data-status='INVITED']";
            member.awaitTrue(() -> member.findAll(row).stream().anyMatch(r -> r.getText().contains(email)),
                    "the invitation in the people list");
            member.screenshot("cocreation-2-person-invited");

            // Taking the invitation back: the row turns REMOVED.
            String id = member.findAll(row).stream().filter(r -> r.getText().contains(email)).findFirst()
                    .orElseThrow().getAttribute("data-id");
            member.script("window.confirm = () => true;");
            member.click("#people-table tr[data-id='" + id + "'] button.person-remove");
            member.awaitTrue(() -> "REMOVED".equals(member.attribute("#people-table tr[data-id='" + id + "']",
                    "data-status")), "invitation removed");
        }
    }

    @Test
    void userTextThatLooksLikeMarkupIsShownLiterallyAndNeverRuns() {
        String suffix = suffix();
        String seedTitle = HOSTILE + " シーズ " + suffix;
        String issueTitle = HOSTILE + " 課題 " + suffix;
        try (PortalBrowser member = PortalBrowser.open(platform.portalUrl())) {
            member.go("/my/seeds/new");
            member.signIn("member");
            member.type("#seed-form-title", seedTitle);
            member.type("#seed-form-description", HOSTILE + " の説明");
            member.type("#seed-form-sdgTargets", "9.5");
            member.click("#seed-submit");
            member.awaitText("#seed-title", seedTitle);
            assertInert(member);

            member.go("/issues/new");
            member.type("#issue-form-title", issueTitle);
            member.type("#issue-form-body", HOSTILE);
            member.type("#issue-form-sdgTargets", "11.3");
            member.click("#issue-submit");
            member.awaitText("#issue-title", issueTitle);
            member.awaitText("#issue-body", HOSTILE);
            assertInert(member);

            // Endorsed once, and a comment that looks like markup stays text too.
            member.click("#issue-endorse");
            member.awaitText("#issue-endorsements", "賛同 1 件");
            member.type("#comment-form-body", HOSTILE + " コメント");
            member.click("#comment-submit");
            member.awaitTextContaining("#issue-comments", HOSTILE + " コメント");
            assertInert(member);

            // The board (signed-in people) shows the title as text.
            member.go("/issues?q=" + suffix);
            member.awaitTextContaining("#issues-table tbody", issueTitle);
            assertInert(member);
            member.screenshot("cocreation-3-script-title-on-issue-board");
        }
        try (PortalBrowser visitor = PortalBrowser.open(platform.portalUrl())) {
            visitor.go("/seeds");
            visitor.type("#seeds-search-q", suffix);
            visitor.click("#seeds-search-submit");
            visitor.awaitTextContaining("#seeds-table tbody", seedTitle);
            assertInert(visitor);
            visitor.click("#seeds-table a.seed-link");
            visitor.awaitText("#seed-title", seedTitle);
            visitor.awaitTextContaining("#seed-description", HOSTILE);
            assertInert(visitor);
            visitor.click("#seed-org");
            visitor.awaitTextContaining("#profile-seed-list", seedTitle);
            assertInert(visitor);
            visitor.screenshot("cocreation-3-script-title-on-public-profile");
        }
    }

    /** Waits a minute or two for the meeting to begin, so the class's other journeys run meanwhile. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theSecretariatRunsAMeetingAndItsActionItemReachesTheIssueBoard() {
        String suffix = suffix();
        String title = "SDGs意見交換会 " + suffix;
        String item = "空き店舗の活用を検討する " + suffix;
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        // Registration closes at the start and attendance opens there: a meeting that starts in two minutes.
        LocalDateTime startsAt = LocalDateTime.now(tokyo).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
        try (PortalBrowser secretariat = PortalBrowser.open(platform.portalUrl());
             PortalBrowser member = PortalBrowser.open(platform.portalUrl())) {
            secretariat.go("/secretariat/meetings/new");
            secretariat.signIn("secretariat");
            secretariat.choose("#meeting-form-kind", "EXCHANGE_OF_VIEWS");
            secretariat.type("#meeting-form-title", title);
            secretariat.type("#meeting-form-agenda", "商店街の課題について");
            secretariat.paste("#meeting-form-startsAtTokyo", startsAt.toString());
            secretariat.paste("#meeting-form-endsAtTokyo", startsAt.plusHours(1).toString());
            secretariat.type("#meeting-form-place", "品川区役所 第一会議室");
            secretariat.type("#meeting-form-capacity", "20");
            secretariat.click("#meeting-submit");
            secretariat.awaitText("#meeting-title", title);
            String meeting = secretariat.currentRoute();

            member.go(meeting);
            member.await("#view h2");
            member.click("#login-link");
            member.signIn("member");
            member.go(meeting);
            member.click("#meeting-register");
            member.awaitTextContaining("#my-registration", "申込済み");

            // The confirmation arrives in the member's inbox; marking it read takes it off the unread list.
            member.click("a[data-route='/notifications']");
            String notice = "#inbox li.unread";
            member.awaitTrue(() -> member.findAll(notice).stream().anyMatch(li -> li.getText().contains(title)),
                    "registration notice");
            String noticeId = member.findAll(notice).stream().filter(li -> li.getText().contains(title)).findFirst()
                    .orElseThrow().getAttribute("data-id");
            member.click("#inbox li[data-id='" + noticeId + "'] button.mark-read");
            member.awaitTrue(() -> "read".equals(member.attribute("#inbox li[data-id='" + noticeId + "']", "class")),
                    "notice read");
            member.screenshot("cocreation-4-notification-read");

            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> LocalDateTime.now(tokyo).isAfter(startsAt.plusSeconds(2)));
            secretariat.go("/");
            secretariat.go(meeting);
            String present = "#registrations-table tr[data-username='member'] input[name='attended']";
            secretariat.click(present);
            secretariat.type("#attendance-form-walkIns", "3");
            secretariat.click("#attendance-submit");
            secretariat.await("#view .badge[data-value='HELD']");

            secretariat.type("#minutes-form-body", "空き店舗の活用について意見を交換した。");
            secretariat.click("#minutes-save");
            secretariat.awaitTextContaining("#meeting-minutes", "第1版");
            secretariat.click("#minutes-approve");
            secretariat.await("#meeting-minutes .badge[data-value='APPROVED']");

            secretariat.type("#action-item-form-title", item);
            secretariat.type("#action-item-form-body", "次回までに候補の店舗を洗い出す。");
            secretariat.click("#action-item-submit");
            secretariat.awaitTextContaining("#action-items-table", item);
            secretariat.click("#action-items-table button.raise-item");
            secretariat.await("#action-items-table .badge[data-value='RAISED']");
            secretariat.screenshot("cocreation-4-meeting-held-with-minutes");

            // The action item travels as an event and opens an issue on the board.
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> {
                        member.go("/");
                        member.go("/issues?q=" + suffix);
                        member.awaitTrue(() -> !member.find("#issues-status").getText().isBlank(), "board loaded");
                        return member.find("#issues").getText().contains(item);
                    });
            member.screenshot("cocreation-4-action-item-on-board");
        }
    }

    @Test
    void theSecretariatOpensAYouthThemeThatThePublicSees() {
        String theme = "通学路の安全 " + suffix();
        try (PortalBrowser secretariat = PortalBrowser.open(platform.portalUrl())) {
            secretariat.go("/secretariat/youth/participants");
            secretariat.signIn("secretariat");
            secretariat.await("#youth-create");
            secretariat.click("a[data-route='/youth']");
            secretariat.click("#view details summary");
            secretariat.type("#theme-form-title", theme);
            secretariat.type("#theme-form-description", "中高生の目から見た通学路の危ない場所と改善案");
            secretariat.click("#theme-submit");
            secretariat.awaitTextContaining("#themes-table", theme);
        }
        try (PortalBrowser visitor = PortalBrowser.open(platform.portalUrl())) {
            visitor.go("/youth");
            visitor.awaitTextContaining("#themes-table", theme);
            visitor.findAll("#themes-table a").stream().filter(a -> a.getText().equals(theme)).findFirst()
                    .orElseThrow().click();
            visitor.awaitText("#view h2", theme);
            visitor.awaitTextContaining("#view", "募集中");
            // The participants' list (real names) is the secretariat's only.
            visitor.go("/secretariat/youth/participants");
            visitor.await("#login-form");
            visitor.screenshot("cocreation-5-youth-participants-need-secretariat");
        }
    }

    @Test
    void aMemberAsksToJoinAClosedWorkingGroupAndTheSecretariatApproves() {
        String group = "防災まちづくりWG " + suffix();
        try (PortalBrowser secretariat = PortalBrowser.open(platform.portalUrl());
             PortalBrowser member = PortalBrowser.open(platform.portalUrl())) {
            secretariat.go("/login");
            secretariat.signIn("secretariat");
            secretariat.go("/working-groups");
            secretariat.click("#view details summary");
            secretariat.type("#group-form-name", group);
            secretariat.type("#group-form-description", "避難所運営と地域防災を企業・大学と考える");
            secretariat.click("#group-form-closed");
            secretariat.click("#group-submit");
            secretariat.awaitTextContaining("#groups-table", group);
            String groupId = secretariat.findAll("#groups-table tr[data-id]").stream()
                    .filter(row -> row.getText().contains(group)).findFirst().orElseThrow().getAttribute("data-id");

            // A closed group: the member's request waits for a decision.
            member.go("/login");
            member.signIn("member");
            member.go("/working-groups/" + groupId);
            member.awaitText("#view h2", group);
            member.click("#group-join");
            member.awaitTrue(() -> "PENDING".equals(member.attribute("#group-my-status", "data-status")), "pending");

            // The secretariat sees the request with the member's organisation by name and approves it.
            secretariat.go("/working-groups/" + groupId);
            String request = "#join-requests-table tr[data-username='member']";
            secretariat.awaitTextContaining(request, "しながわテック");
            secretariat.click(request + " button.approve");
            secretariat.awaitTextContaining("#group-status", "member");
            secretariat.awaitTrue(() -> secretariat.findAll(request).isEmpty(), "request decided");
            secretariat.awaitTextContaining("#group-members-list", "member");
            secretariat.screenshot("cocreation-6-join-request-approved");

            member.go("/");
            member.go("/working-groups/" + groupId);
            member.awaitTrue(() -> "ACTIVE".equals(member.attribute("#group-my-status", "data-status")), "active");
        }
    }

    /** Nothing the user typed became an element or ran. */
    private static void assertInert(PortalBrowser browser) {
        assertEquals("undefined", browser.script("return typeof window.__xss;"), "a script ran");
        assertTrue(browser.findAll("#view script, #view img[src='x'], #view img[onerror]").isEmpty(),
                "user text became markup");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
