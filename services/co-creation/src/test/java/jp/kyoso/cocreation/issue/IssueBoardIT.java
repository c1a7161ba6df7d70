package jp.kyoso.cocreation.issue;

import static jp.kyoso.cocreation.support.Http.body;
import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.support.CityLabEvents;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The issue board over HTTP on real PostgreSQL and Kafka: similar issues on Japanese text, one endorsement per
 * person, merging duplicates, and the promotion round trip with City Lab (IssuePromotedToChallenge out,
 * ChallengeDrafted and CollaborationProjectStarted back).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueBoardIT implements TestPropertyProvider {

    private static final String ISSUES = "/api/cocreation/issues";
    private static final String DEPARTMENT = "00000000-0000-4000-8000-0000000000c1";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    JsonMapper json;

    private UUID organisation;
    private String vacantShops;
    private String parkToilets;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_issue_it");
    }

    @BeforeAll
    void board() {
        organisation = approved("戸越銀座商店街振興組合");
        vacantShops = raise(member("yamada"), "商店街の空き店舗が増えている",
                "戸越銀座周辺で空き店舗が増え、商店街のにぎわいが失われつつあります。", List.of("8.3", "11.3"));
        parkToilets = raise(member("yamada"), "公園のトイレが古くて使いにくい",
                "中延公園のトイレは老朽化が進み、子ども連れや高齢者が使いにくい状態です。", List.of("6.2", "11.7"));
        raise(member("yamada"), "駅前の放置自転車", "大井町駅前に放置自転車が多く、歩行者の通行を妨げています。", List.of("11.2"));
    }

    @Test
    void aDraftIsShownTheSimilarIssuesOnJapaneseTextBeforePosting() {
        List<Object> similar = similarTitles("商店街で空き店舗が増えてにぎわいがなくなっている");
        assertEquals("商店街の空き店舗が増えている", similar.isEmpty() ? null : similar.get(0), similar.toString());
        assertTrue(!similar.contains("駅前の放置自転車"), similar.toString());

        List<Object> toilets = similarTitles("公園のトイレが古い");
        assertEquals("公園のトイレが古くて使いにくい", toilets.isEmpty() ? null : toilets.get(0), toilets.toString());
        assertTrue(!toilets.contains("商店街の空き店舗が増えている"), toilets.toString());

        assertEquals(List.of(), similarTitles("量子コンピュータの研究開発"));
        // text= is the old name of q, accepted until the next release.
        assertEquals(toilets, similarTitles("text", "公園のトイレが古い"));
        Map<?, ?> searched = http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "?q="
                + URLEncoder.encode("放置自転車", StandardCharsets.UTF_8)).bearerAuth(member("yamada")), Map.class);
        assertEquals(List.of("駅前の放置自転車"), ((List<?>) searched.get("items")).stream()
                .map(issue -> map(issue).get("title")).toList());
        assertEquals(HttpStatus.BAD_REQUEST, refused(http, HttpRequest.GET(ISSUES + "/similar?q=%20")
                .bearerAuth(member("yamada"))).getStatus());
    }

    @Test
    void eachPersonEndorsesOnceAndAnyoneActingForAMemberComments() {
        String issue = raise(member("yamada"), "夜道が暗く危ない", "旗の台の裏通りは街灯が少なく、夜間の歩行が不安です。", List.of("11.7"));

        assertEquals(1, endorse(issue, member("sato")).get("endorsementCount"));
        HttpStatus twice = refused(http, HttpRequest.POST(ISSUES + "/" + issue + "/endorsements", "")
                .bearerAuth(member("sato"))).getStatus();
        assertEquals(HttpStatus.CONFLICT, twice);
        assertEquals(2, endorse(issue, member("suzuki")).get("endorsementCount"));
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(ISSUES + "/" + issue + "/endorsements", "")
                .bearerAuth(TestTokens.issue(jwt, "no-organisation", null, "MEMBER"))).getStatus());

        http.toBlocking().exchange(HttpRequest.POST(ISSUES + "/" + issue + "/comments",
                Map.of("body", "LED街灯の実証実験ができそうです。")).bearerAuth(member("sato")), Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, refused(http, HttpRequest.POST(ISSUES + "/" + issue + "/comments",
                Map.of("body", " ")).bearerAuth(member("sato"))).getStatus());
        Map<?, ?> comments = http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "/" + issue + "/comments")
                .bearerAuth(member("yamada")), Map.class);
        assertEquals(List.of("LED街灯の実証実験ができそうです。"),
                ((List<?>) comments.get("items")).stream().map(c -> map(c).get("body")).toList());
        assertEquals(1, http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "/" + issue).bearerAuth(member("yamada")),
                Map.class).get("commentCount"));
    }

    @Test
    void theBoardIsNewestFirstOrMostEndorsedFirst() {
        String older = raise(member("yamada"), "路線バスの本数が少ない", "西大井から区役所へ向かうバスが一時間に一本しかありません。",
                List.of("11.2"));
        String newer = raise(member("yamada"), "図書館の開館時間が短い", "平日夜に図書館を使えず、働く世代が学ぶ場がありません。", List.of("4.6"));
        endorse(older, member("ito"));

        List<Map<?, ?>> newest = boardIn("");
        assertEquals(newest, boardIn("&sort=-createdAt"));
        List<Instant> created = newest.stream().map(issue -> Instant.parse((String) issue.get("createdAt"))).toList();
        assertEquals(created.stream().sorted(Comparator.reverseOrder()).toList(), created);
        assertTrue(newest.indexOf(byId(newest, newer)) < newest.indexOf(byId(newest, older)), newest.toString());

        List<Map<?, ?>> endorsed = boardIn("&sort=-endorsements");
        List<Integer> counts = endorsed.stream().map(issue -> ((Number) issue.get("endorsementCount")).intValue())
                .toList();
        assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts);
        assertTrue(endorsed.indexOf(byId(endorsed, older)) < endorsed.indexOf(byId(endorsed, newer)),
                endorsed.toString());
        // sort=endorsements is the old value of sort=-endorsements, accepted until the next release.
        assertEquals(endorsed, boardIn("&sort=endorsements"));

        HttpStatus unknown = refused(http, HttpRequest.GET(ISSUES + "?sort=title").bearerAuth(member("yamada")))
                .getStatus();
        assertEquals(HttpStatus.BAD_REQUEST, unknown);
    }

    private List<Map<?, ?>> boardIn(String order) {
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "?size=100" + order)
                .bearerAuth(member("yamada")), Map.class);
        return ((List<?>) page.get("items")).stream().<Map<?, ?>>map(issue -> map(issue)).toList();
    }

    private static Map<?, ?> byId(List<Map<?, ?>> issues, String id) {
        return issues.stream().filter(issue -> id.equals(issue.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void badIssuesAreRefusedFieldByField() {
        HttpStatus unknownTarget = refused(http, HttpRequest.POST(ISSUES, Map.of("title", "課題", "body", "本文",
                "sdgTargets", List.of("18.1"))).bearerAuth(member("yamada"))).getStatus();
        assertEquals(HttpStatus.BAD_REQUEST, unknownTarget);
        var missing = refused(http, HttpRequest.POST(ISSUES, Map.of("title", "", "body", "本文", "sdgTargets", List.of()))
                .bearerAuth(member("yamada")).header("Accept-Language", "en"));
        assertTrue(body(missing).contains("\"title\"") && body(missing).contains("\"sdgTargets\""), body(missing));
        // Raising an issue in the name of an organisation one does not act for.
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(ISSUES, Map.of("organisationId", organisation,
                "title", "課題", "body", "本文", "sdgTargets", List.of("11.7")))
                .bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))).getStatus());
    }

    @Test
    void theSecretariatMergesADuplicateAndItsEndorsersCountOnceOnTheOriginal() {
        String original = raise(member("yamada"), "子どもの居場所が足りない", "放課後に子どもが安心して過ごせる場所が足りません。",
                List.of("4.2"));
        String duplicate = raise(member("ito"), "放課後の子どもの居場所", "放課後に過ごせる居場所を増やしてほしい。", List.of("4.2"));
        endorse(original, member("kato"));
        endorse(duplicate, member("kato"));
        endorse(duplicate, member("kobayashi"));

        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(ISSUES + "/" + duplicate + "/merge",
                Map.of("into", original)).bearerAuth(member("ito"))).getStatus());
        Map<?, ?> merged = http.toBlocking().retrieve(HttpRequest.POST(ISSUES + "/" + duplicate + "/merge",
                Map.of("mergedIntoIssueId", original)).bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        assertEquals(2, merged.get("endorsementCount"));
        Map<?, ?> gone = http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "/" + duplicate).bearerAuth(member("ito")),
                Map.class);
        assertEquals("MERGED", gone.get("status"));
        assertEquals(original, gone.get("mergedIntoIssueId"));
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(ISSUES + "/" + duplicate + "/endorsements", "")
                .bearerAuth(member("watanabe"))).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, refused(http, HttpRequest.POST(ISSUES + "/" + original + "/merge",
                Map.of("into", original)).bearerAuth(TestTokens.secretariat(jwt))).getStatus());
        assertTrue(similarTitles("放課後の子どもの居場所").stream().noneMatch("放課後の子どもの居場所"::equals));

        // into is the old name of mergedIntoIssueId, accepted until the next release.
        String another = raise(member("ito"), "放課後の子どもの居場所がほしい", "放課後に安心して過ごせる場所を。", List.of("4.2"));
        http.toBlocking().exchange(HttpRequest.POST(ISSUES + "/" + another + "/merge", Map.of("into", original))
                .bearerAuth(TestTokens.secretariat(jwt)));
        assertEquals(original, http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "/" + another)
                .bearerAuth(member("ito")), Map.class).get("mergedIntoIssueId"));
    }

    @Test
    void aPromotedIssueReachesKafkaForCityLabAndShowsTheChallengeAndTheOutcome() throws IOException {
        endorse(vacantShops, member("nakamura"));
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(ISSUES + "/" + vacantShops + "/promote",
                Map.of()).bearerAuth(member("nakamura"))).getStatus());

        Map<?, ?> promoted = http.toBlocking().retrieve(HttpRequest.POST(ISSUES + "/" + vacantShops + "/promote",
                Map.of("departmentId", DEPARTMENT)).bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        assertEquals("PROMOTED", promoted.get("status"));
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(ISSUES + "/" + vacantShops + "/promote",
                Map.of()).bearerAuth(TestTokens.secretariat(jwt))).getStatus());

        // The event City Lab consumes: on cocreation.issue.events, keyed and subjected by the issue id.
        String type = "jp.kyoso.cocreation.issue.promoted.v1";
        ConsumerRecord<byte[], byte[]> event = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(Topics.COCREATION_ISSUE, vacantShops, type), found -> found.size() == 1).get(0);
        assertEquals(vacantShops, new String(event.key(), StandardCharsets.UTF_8));
        assertEquals("/services/co-creation", KafkaRecords.header(event, CloudEventHeaders.SOURCE));
        assertEquals(List.of(), new EventSchemas().validate(type, event.value()));
        Map<?, ?> payload = json.readValue(event.value(), Map.class);
        assertEquals(vacantShops, payload.get("issueId"));
        assertEquals("商店街の空き店舗が増えている", payload.get("title"));
        assertEquals("戸越銀座周辺で空き店舗が増え、商店街のにぎわいが失われつつあります。", payload.get("description"));
        assertEquals(List.of("8.3", "11.3"), payload.get("sdgTargets"));
        assertEquals(DEPARTMENT, payload.get("departmentId"));
        assertEquals("secretariat", payload.get("promotedBy"));
        assertEquals(promoted.get("promotedAt"), payload.get("promotedAt"));

        // City Lab answers: a draft challenge naming the issue, delivered twice (at-least-once), then a project.
        String challengeId = UUID.randomUUID().toString();
        ChallengeDrafted drafted = new ChallengeDrafted(challengeId, DEPARTMENT, "空き店舗を活用したにぎわい創出",
                List.of("8.3", "11.3"), vacantShops, Instant.parse("2025-06-02T00:00:00Z"));
        String eventId = CityLabEvents.publish(drafted);
        CityLabEvents.publish(drafted, eventId);
        CityLabEvents.publish(new ChallengeDrafted(UUID.randomUUID().toString(), DEPARTMENT, "部署発の課題",
                List.of("11.3"), null, Instant.parse("2025-06-02T00:00:00Z")));
        Map<?, ?> linked = await().atMost(Duration.ofSeconds(30)).until(() -> issue(vacantShops),
                issue -> issue.get("challenge") != null);
        assertEquals(challengeId, map(linked.get("challenge")).get("challengeId"));
        assertEquals("空き店舗を活用したにぎわい創出", map(linked.get("challenge")).get("title"));
        assertNull(linked.get("outcome"));

        String projectId = UUID.randomUUID().toString();
        CityLabEvents.publish(new CollaborationProjectStarted(projectId, ProjectOrigin.CHALLENGE, challengeId, null,
                vacantShops, "空き店舗ポップアップ連携事業", List.of(organisation.toString()), DEPARTMENT,
                List.of("8.3", "11.3"), LocalDate.of(2025, 9, 1), Instant.parse("2025-09-01T00:00:00Z")));
        Map<?, ?> outcome = await().atMost(Duration.ofSeconds(30)).until(() -> issue(vacantShops),
                issue -> issue.get("outcome") != null);
        assertEquals(projectId, map(outcome.get("outcome")).get("projectId"));
        assertEquals("空き店舗ポップアップ連携事業", map(outcome.get("outcome")).get("title"));
        assertEquals("2025-09-01", map(outcome.get("outcome")).get("startedOn"));
        assertEquals("PROMOTED", outcome.get("status"));
        // The other issues are untouched.
        assertNull(issue(parkToilets).get("challenge"));
    }

    private Map<?, ?> issue(String id) {
        return http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "/" + id).bearerAuth(member("yamada")), Map.class);
    }

    private List<Object> similarTitles(String text) {
        return similarTitles("q", text);
    }

    private List<Object> similarTitles(String parameter, String text) {
        List<Map> found = http.toBlocking().retrieve(HttpRequest.GET(ISSUES + "/similar?" + parameter + "="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)).bearerAuth(member("yamada")), Argument.listOf(Map.class));
        return found.stream().map(issue -> issue.get("title")).toList();
    }

    private Map<?, ?> endorse(String issue, String token) {
        return http.toBlocking().retrieve(HttpRequest.POST(ISSUES + "/" + issue + "/endorsements", "").bearerAuth(token),
                Map.class);
    }

    private String raise(String token, String title, String body, List<String> targets) {
        var created = http.toBlocking().exchange(HttpRequest.POST(ISSUES, Map.of("title", title, "body", body,
                "sdgTargets", targets)).bearerAuth(token), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        return (String) created.body().get("id");
    }

    /** A person of the member organisation, with their own account. */
    private String member(String username) {
        return TestTokens.issue(jwt, username, organisation, "MEMBER");
    }

    private UUID approved(String name) {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations",
                Map.of("name", name, "organisationType", "NPO")), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        return UUID.fromString(id);
    }
}
