package jp.kyoso.cocreation.timeline;

import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.support.CityLabEvents;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.events.fund.ResolutionRecorded;
import jp.kyoso.testsupport.MailedInvitation;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.embedded.EmbeddedMailServer;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One organisation's story through the real issue board and the events of City Lab, declarations and the fund:
 * the timeline lists it newest first with links, keeps non-public entries to the organisation and the secretariat,
 * is unchanged by redelivered events, and each programme's outcomes reach the roster's inbox once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationTimelineIT implements TestPropertyProvider {

    private static final String ORGANISATIONS = "/api/cocreation/organisations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    TimelineProjection projection;

    /** Invitation codes reach people only by mail: the test reads them where the person would. */
    private static final EmbeddedMailServer MAIL = EmbeddedMailServer.start(0, 0);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(
                ServiceTestProperties.forService("cocreation_timeline_it"));
        properties.putAll(MAIL.serviceProperties());
        return properties;
    }

    @Test
    void anOrganisationsStoryFromIssueToGrantIsOneTimelineAndItsOutcomesReachItsPeople() {
        String id = approvedOrganisation("八潮ケアテック株式会社", "yashio@care-tech.example.jp");
        String kato = TestTokens.issue(jwt, "kato-" + id, null, "MEMBER");
        joinRoster(id, "kato-" + id.substring(0, 8) + "@care-tech.example.jp", kato);
        String member = TestTokens.member(jwt, UUID.fromString(id));
        String issueId = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/issues", Map.of(
                "title", "高齢者の見守りが足りない", "body", "一人暮らしの高齢者が増えています。",
                "sdgTargets", List.of("3.8"))).bearerAuth(member), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/issues/" + issueId + "/promote", Map.of())
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        awaitTotal(id, TestTokens.secretariat(jwt), 3);

        String challenge = UUID.randomUUID().toString();
        String project = UUID.randomUUID().toString();
        String application = UUID.randomUUID().toString();
        CityLabEvents.publish(new ChallengeDrafted(challenge, null, "見守りの仕組みづくり", List.of("3.8"), issueId,
                at(1)));
        CityLabEvents.publish(new ChallengePublished(challenge, null, "見守りの仕組みづくり", List.of("3.8"), null,
                at(30), issueId, at(2), "secretariat"));
        CityLabEvents.publish(new ProposalSubmitted(UUID.randomUUID().toString(), challenge, id, "センサー見守り",
                List.of("3.8"), null, at(3)));
        CityLabEvents.publish(new ProposalDeclined(UUID.randomUUID().toString(), challenge, id, "費用が上限を超える",
                at(4), "staff"));
        ProposalAdopted adopted = new ProposalAdopted(UUID.randomUUID().toString(), challenge, id, "センサー見守り",
                at(5), "staff");
        String adoptedEventId = CityLabEvents.publish(adopted);
        CityLabEvents.publish(new CollaborationProjectStarted(project, ProjectOrigin.CHALLENGE, challenge, null,
                issueId, "見守り協働事業", List.of(id), null, List.of("3.8"), LocalDate.of(2026, 4, 10), at(6)));
        awaitTotal(id, TestTokens.secretariat(jwt), 9);
        CityLabEvents.publish(new CollaborationProjectCompleted(project, "成果報告", LocalDate.of(2027, 3, 1), at(7),
                "staff"));
        CityLabEvents.publish(new DeclarationReturned(UUID.randomUUID().toString(), id, "目標を具体的に", at(8),
                "secretariat"));
        CityLabEvents.publish(new DeclarationRegistered(UUID.randomUUID().toString(), id, "八潮ケアテック株式会社",
                OrganisationType.COMPANY, "SDGs-2026-0101", 2026, 2026, 2028, List.of(3), List.of("3.8"), at(9),
                "secretariat"));
        CityLabEvents.publish(new ApplicationRejected(UUID.randomUUID().toString(), UUID.randomUUID().toString(), id,
                "効果の説明が不足", at(10), "secretariat"));
        CityLabEvents.publish(new ApplicationAwarded(application, UUID.randomUUID().toString(), id, 1_000_000,
                1_200_000, 1, null, at(11), "secretariat"));
        CityLabEvents.publish(new GrantDisbursed(UUID.randomUUID().toString(), application,
                UUID.randomUUID().toString(), id, 1, 500_000, 500_000, at(12), "secretariat"));
        // Redelivered under the same event id: no second entry, no second notification.
        CityLabEvents.publish(adopted, adoptedEventId);

        List<?> all = awaitTotal(id, TestTokens.secretariat(jwt), 15);
        assertEquals(List.of("GRANT_PAID", "APPLICATION_AWARDED", "APPLICATION_REJECTED", "DECLARATION_REGISTERED",
                "DECLARATION_RETURNED", "PROJECT_COMPLETED", "PROJECT_STARTED", "PROPOSAL_ADOPTED", "PROPOSAL_DECLINED",
                "PROPOSAL_SUBMITTED", "CHALLENGE_PUBLISHED", "CHALLENGE_DRAFTED"),
                all.subList(0, 12).stream().map(e -> map(e).get("kind")).toList());
        assertEquals(List.of("ISSUE_PROMOTED", "ISSUE_RAISED", "JOINED"),
                all.subList(12, 15).stream().map(e -> map(e).get("kind")).toList(), "the board's own story, by time");
        Map<?, ?> started = map(all.get(6));
        assertEquals("#/citylab/projects/" + project, started.get("link"));
        assertEquals("協働プロジェクト「見守り協働事業」を開始しました", started.get("text"));
        assertEquals("#/issues/" + issueId, map(all.get(13)).get("link"));

        // The organisation's own people see everything; anyone else only the public entries, newest first, paged.
        assertEquals(15, total(id, member));
        Map<?, ?> outsider = page(id, TestTokens.member(jwt, UUID.randomUUID()), "?size=5&page=0");
        assertEquals(10, ((Number) outsider.get("totalItems")).intValue());
        assertEquals(5, ((List<?>) outsider.get("items")).size());
        Map<?, ?> anonymous = http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + id
                + "/timeline?size=50").header("Accept-Language", "en"), Map.class);
        List<?> publicItems = (List<?>) anonymous.get("items");
        assertEquals(10, publicItems.size());
        assertTrue(publicItems.stream().allMatch(e -> Boolean.TRUE.equals(map(e).get("publicEntry"))));
        assertTrue(publicItems.stream().map(e -> (String) map(e).get("text"))
                .noneMatch(text -> text.contains("費用が上限") || text.contains("効果の説明")), publicItems.toString());
        assertEquals("A fund grant was paid (500,000円)", map(publicItems.get(0)).get("text"));

        // Outcomes of every programme reached the roster once (the redelivery added nothing).
        Map<?, ?> inbox = await().atMost(Duration.ofSeconds(30)).until(() -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/cocreation/notifications?size=50").bearerAuth(kato), Map.class),
                found -> ((Number) found.get("totalItems")).intValue() >= 9);
        List<?> kinds = ((List<?>) inbox.get("items")).stream().map(n -> map(n).get("kind")).toList();
        assertEquals(List.of("GRANT_PAID", "APPLICATION_AWARDED", "APPLICATION_REJECTED", "DECLARATION_REGISTERED",
                "DECLARATION_RETURNED", "PROJECT_COMPLETED", "PROJECT_STARTED", "PROPOSAL_ADOPTED",
                "PROPOSAL_DECLINED").stream().sorted().toList(), kinds.stream().map(String.class::cast).sorted()
                .toList());
        Map<?, ?> declined = ((List<?>) inbox.get("items")).stream().map(n -> map(n))
                .filter(n -> "PROPOSAL_DECLINED".equals(n.get("kind"))).findFirst().orElseThrow();
        assertEquals("あなたの組織の提案は採択されませんでした（理由: 費用が上限を超える）", declined.get("text"));
        assertEquals("#/citylab/challenges/" + challenge, declined.get("link"));
    }

    @Test
    void aCommitteeResolutionReachesEachApplicantOnceLinkingToTheCall() {
        String applicant = approvedOrganisation("大崎みらい農園株式会社", "osaki@mirai-farm.example.jp");
        String otherApplicant = approvedOrganisation("戸越銀座まちづくり株式会社", "togoshi@machi.example.jp");
        String call = UUID.randomUUID().toString();
        ResolutionRecorded resolution = new ResolutionRecorded(UUID.randomUUID().toString(), call,
                "2026年度 ウェルビーイング・SDGs推進事業", LocalDate.of(2030, 1, 10), List.of("品川 一郎（委員長）", "大崎 花子"),
                "申請2件を書類審査に進める。", List.of(applicant, otherApplicant), at(10), "secretariat");
        String eventId = CityLabEvents.publish(resolution);
        // The same message again, then a later resolution on the same call (same key, so it is consumed after the
        // duplicate): when the later one shows, the duplicate has been through and must have added nothing.
        CityLabEvents.publish(resolution, eventId);
        CityLabEvents.publish(new ResolutionRecorded(UUID.randomUUID().toString(), call,
                "2026年度 ウェルビーイング・SDGs推進事業", LocalDate.of(2030, 1, 20), List.of("品川 一郎（委員長）"),
                "上位1件への助成を決定する。", List.of(applicant), at(20), "secretariat"));

        List<?> entries = awaitTotal(applicant, TestTokens.secretariat(jwt), 3);
        assertEquals(List.of("COMMITTEE_RESOLUTION", "COMMITTEE_RESOLUTION", "JOINED"),
                entries.stream().map(e -> map(e).get("kind")).toList());
        Map<?, ?> first = map(entries.get(1));
        assertEquals("#/fund/calls/" + call, first.get("link"));
        assertEquals("CALL", first.get("subjectType"));
        assertEquals("申請した公募「2026年度 ウェルビーイング・SDGs推進事業」について、ファンドの実行委員会が議決しました",
                first.get("text"));
        assertEquals(at(10).toString(), first.get("occurredAt"));
        assertEquals(Boolean.FALSE, first.get("publicEntry"));
        assertEquals(2, total(otherApplicant, TestTokens.secretariat(jwt)), "the other applicant: joined, then the first");

        // That the organisation applied is its own business: the public sees no resolution on its timeline.
        Map<?, ?> anonymous = http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + applicant
                + "/timeline?size=50").header("Accept-Language", "en"), Map.class);
        assertEquals(List.of("JOINED"), ((List<?>) anonymous.get("items")).stream().map(e -> map(e).get("kind"))
                .toList());
        Map<?, ?> english = http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + applicant
                + "/timeline?size=1").header("Accept-Language", "en").bearerAuth(TestTokens.member(jwt,
                UUID.fromString(applicant))), Map.class);
        assertEquals("The fund's executive committee passed a resolution on the call "
                + "\"2026年度 ウェルビーイング・SDGs推進事業\", to which the organisation applied",
                map(((List<?>) english.get("items")).get(0)).get("text"));
    }

    @Test
    void aReplayedEntryIsSkippedWithItsNotificationWithinOnePollAndAcrossPolls() {
        String id = approvedOrganisation("荏原まなび舎株式会社", "ebara@manabi.example.jp");
        String sato = TestTokens.issue(jwt, "sato-" + id, null, "MEMBER");
        joinRoster(id, "sato-" + id.substring(0, 8) + "@manabi.example.jp", sato);
        awaitTotal(id, TestTokens.secretariat(jwt), 1);
        String challenge = UUID.randomUUID().toString();
        TimelineProjection.Projected adopted = new TimelineProjection.Projected(new ProposalAdopted(
                UUID.randomUUID().toString(), challenge, id, "学びの場づくり", at(1), "staff"), UUID.randomUUID().toString());
        TimelineProjection.Projected declined = new TimelineProjection.Projected(new ProposalDeclined(
                UUID.randomUUID().toString(), challenge, id, "対象地域が異なる", at(2), "staff"),
                UUID.randomUUID().toString());

        // A replay reaches the projection past the inbox: the same event twice in one poll, and again in the next.
        projection.projectAll(List.of(adopted, declined, adopted));
        projection.projectAll(List.of(declined, adopted));

        assertEquals(3, total(id, TestTokens.secretariat(jwt)), "joined, adopted, declined; once each");
        Map<?, ?> inbox = http.toBlocking().retrieve(HttpRequest.GET("/api/cocreation/notifications?size=50")
                .bearerAuth(sato), Map.class);
        assertEquals(List.of("PROPOSAL_ADOPTED", "PROPOSAL_DECLINED"), ((List<?>) inbox.get("items")).stream()
                .map(n -> (String) map(n).get("kind")).sorted().toList());
    }

    @Test
    void aPendingOrUnknownOrganisationsTimelineIsNotFoundForThePublic() {
        String pending = (String) http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS, Map.of(
                "name", "審査中株式会社", "organisationType", "COMPANY", "contactName", "審査 太郎",
                "contactEmail", "shinsa@pending.example.jp")), Map.class).get("id");
        assertEquals(HttpStatus.NOT_FOUND, refused(http, HttpRequest.GET(ORGANISATIONS + "/" + pending
                + "/timeline")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, refused(http, HttpRequest.GET(ORGANISATIONS + "/" + UUID.randomUUID()
                + "/timeline")).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, refused(http, HttpRequest.GET(ORGANISATIONS + "/" + pending
                + "/timeline?size=0").bearerAuth(TestTokens.secretariat(jwt))).getStatus());
        assertEquals(0, total(pending, TestTokens.secretariat(jwt)));
    }

    private String approvedOrganisation(String name, String email) {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS, Map.of(
                "name", name, "organisationType", "COMPANY", "contactName", "八潮 一郎", "contactEmail", email)),
                Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        return id;
    }

    private void joinRoster(String organisationId, String email, String token) {
        Map<?, ?> invitation = http.toBlocking().retrieve(HttpRequest.POST(ORGANISATIONS + "/" + organisationId
                + "/invitations", Map.of("email", email, "role", "MEMBER")).bearerAuth(TestTokens.secretariat(jwt)),
                Map.class);
        UUID invitationId = UUID.fromString((String) map(invitation.get("invitation")).get("id"));
        String code = MailedInvitation.awaitLatest(MAIL, email, invitationId).code();
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/invitations/" + invitationId + "/accept",
                Map.of("code", code)).bearerAuth(token), Map.class);
    }

    private List<?> awaitTotal(String id, String token, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> total(id, token) >= expected);
        Map<?, ?> found = page(id, token, "?size=50");
        assertEquals(expected, ((Number) found.get("totalItems")).intValue(), found.toString());
        return (List<?>) found.get("items");
    }

    private int total(String id, String token) {
        return ((Number) page(id, token, "?size=1").get("totalItems")).intValue();
    }

    private Map<?, ?> page(String id, String token, String query) {
        return http.toBlocking().retrieve(HttpRequest.GET(ORGANISATIONS + "/" + id + "/timeline" + query)
                .bearerAuth(token), Map.class);
    }

    private static Instant at(int day) {
        return Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(day));
    }
}
