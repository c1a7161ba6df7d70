package jp.kyoso.cocreation.seed;

import static jp.kyoso.cocreation.support.Http.body;
import static jp.kyoso.cocreation.support.Http.count;
import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Seeds over HTTP on real PostgreSQL and Kafka: Japanese search with pg_trgm, paging, ownership, events. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCatalogueIT implements TestPropertyProvider {

    private static final String SEEDS = "/api/cocreation/seeds";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    TransactionOperations<Connection> transactions;

    private UUID company;
    private UUID university;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_seed_it");
    }

    @BeforeAll
    void members() {
        company = approved("しながわセンシング株式会社");
        university = approved("学校法人 品川湾岸大学");
        publish(company, "AIによる見守りセンサー", "高齢者の生活リズムを非接触で見守るセンサーです。", List.of("3.8", "11.7"),
                List.of("見守り", "高齢者", "IoT"));
        publish(university, "太陽光パネルの共同購入モデル", "区民向けに再生可能エネルギーの導入を支援します。", List.of("7.2"),
                List.of("再エネ", "脱炭素"));
        publish(company, "商店街の空き店舗マッチング", "空き店舗と出店希望者をつなぐプラットフォームです。", List.of("8.3", "11.3"),
                List.of("商店街", "空き店舗"));
    }

    @Test
    void japaneseWordsFindTheirSeedsWithoutSpacesBetweenWords() {
        assertEquals(List.of("AIによる見守りセンサー"), titles("見守り"));
        assertEquals(List.of("商店街の空き店舗マッチング"), titles("空き店舗"));
        assertEquals(List.of("太陽光パネルの共同購入モデル"), titles("再生可能エネルギー"));
        // Trigram word similarity forgives a missing long-vowel mark.
        assertEquals(List.of("AIによる見守りセンサー"), titles("見守りセンサ"));
        assertEquals(List.of(), titles("宇宙エレベーター"));
        // Wildcards typed by a user are literal.
        assertEquals(List.of(), titles("%"));

        Map<?, ?> firstPage = http.toBlocking().retrieve(HttpRequest.GET(SEEDS + "?size=2&page=0"), Map.class);
        assertEquals(2, ((List<?>) firstPage.get("items")).size());
        assertEquals(3, ((Number) firstPage.get("totalItems")).intValue(), firstPage.toString());
        Map<?, ?> secondPage = http.toBlocking().retrieve(HttpRequest.GET(SEEDS + "?size=2&page=1"), Map.class);
        assertEquals(1, ((List<?>) secondPage.get("items")).size());
        Map<?, ?> item = map(((List<?>) firstPage.get("items")).get(0));
        assertTrue(List.of("しながわセンシング株式会社", "学校法人 品川湾岸大学").contains(item.get("organisationName")));
    }

    @Test
    void theCatalogueFiltersBySdgGoalAndTargetAloneOrWithJapaneseWords() {
        assertEquals(List.of("AIによる見守りセンサー"), titlesWhere("sdgGoal=3"));
        assertEquals(List.of("AIによる見守りセンサー"), titlesWhere("sdgTarget=11.7"));
        // A target code matches whole, and full-width digits are read as the code.
        assertEquals(List.of("太陽光パネルの共同購入モデル"), titlesWhere("sdgTarget=" + enc("７．２")));
        assertEquals(List.of("商店街の空き店舗マッチング"), titlesWhere("sdgGoal=11&q=" + enc("空き店舗")));
        assertEquals(List.of(), titlesWhere("sdgGoal=7&q=" + enc("見守り")));
        // The old names, accepted until the next release.
        assertEquals(List.of("AIによる見守りセンサー"), titlesWhere("goal=3"));
        assertEquals(List.of("AIによる見守りセンサー"), titlesWhere("target=11.7"));

        HttpClientResponseException outside = refused(http, HttpRequest.GET(SEEDS + "?sdgGoal=11&sdgTarget=3.8"));
        assertEquals(HttpStatus.BAD_REQUEST, outside.getStatus());
        assertTrue(body(outside).contains("\"sdgTarget\"") && body(outside).contains("ゴール11に含まれません"),
                body(outside));
        assertEquals(HttpStatus.BAD_REQUEST, refused(http, HttpRequest.GET(SEEDS + "?sdgGoal=0")).getStatus());
    }

    @Test
    void badSeedsAreRefusedFieldByFieldAndNothingIsStored() {
        long before = count(transactions, "seed");
        long outboxBefore = count(transactions, "outbox_event");
        Map<String, Object> seed = seed("海洋プラスチック回収", "", List.of("14.1", "18.1"), List.of());

        HttpClientResponseException blank = refused(http, HttpRequest.POST(SEEDS, seed)
                .bearerAuth(TestTokens.member(jwt, company)));
        assertEquals(HttpStatus.BAD_REQUEST, blank.getStatus());
        assertTrue(body(blank).contains("description"), body(blank));

        seed.put("description", "河川のプラスチックごみを回収します。");
        HttpClientResponseException unknownTarget = refused(http, HttpRequest.POST(SEEDS, seed)
                .bearerAuth(TestTokens.member(jwt, company)));
        assertEquals(HttpStatus.BAD_REQUEST, unknownTarget.getStatus());
        assertTrue(body(unknownTarget).contains("sdgTargets") && body(unknownTarget).contains("18.1"),
                body(unknownTarget));
        assertEquals(HttpStatus.UNAUTHORIZED, refused(http, HttpRequest.POST(SEEDS, seed)).getStatus());
        assertEquals(before, count(transactions, "seed"));
        assertEquals(outboxBefore, count(transactions, "outbox_event"));
    }

    @Test
    void theOrganisationEditsAndWithdrawsItsSeedAndEveryChangeIsPublished() {
        String id = publish(university, "雨水タンクの普及", "家庭用雨水タンクで防災と節水を。", List.of("６．４"), List.of("防災"));
        Map<String, Object> edited = seed("雨水タンクの普及と見える化", "家庭用雨水タンクで防災と節水を。", List.of("6.4", "11.5"),
                List.of("防災", "節水"));

        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.PUT(SEEDS + "/" + id, edited)
                .bearerAuth(TestTokens.member(jwt, company))).getStatus());
        Map<?, ?> after = http.toBlocking().retrieve(HttpRequest.PUT(SEEDS + "/" + id, edited)
                .bearerAuth(TestTokens.member(jwt, university)), Map.class);
        assertEquals("雨水タンクの普及と見える化", after.get("title"));
        assertEquals(List.of("6.4", "11.5"), after.get("sdgTargets"));

        http.toBlocking().retrieve(HttpRequest.POST(SEEDS + "/" + id + "/withdraw", "")
                .bearerAuth(TestTokens.member(jwt, university)), Map.class);
        assertEquals(HttpStatus.NOT_FOUND, refused(http, HttpRequest.GET(SEEDS + "/" + id)).getStatus());
        assertEquals(List.of(), titles("雨水タンク"));
        assertEquals("WITHDRAWN", http.toBlocking().retrieve(HttpRequest.GET(SEEDS + "/" + id)
                .bearerAuth(TestTokens.member(jwt, university)), Map.class).get("status"));
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.PUT(SEEDS + "/" + id, edited)
                .bearerAuth(TestTokens.member(jwt, university))).getStatus());

        EventSchemas schemas = new EventSchemas();
        List<ConsumerRecord<byte[], byte[]>> published = await().atMost(Duration.ofSeconds(30)).until(
                () -> events(Topics.COCREATION_SEED, id, "jp.kyoso.cocreation.seed.published.v1"), found -> found.size() == 2);
        String republished = new String(published.get(1).value(), StandardCharsets.UTF_8);
        assertTrue(republished.contains("雨水タンクの普及と見える化") && republished.contains("11.5"), republished);
        assertTrue(new String(published.get(0).value(), StandardCharsets.UTF_8).contains("\"6.4\""));
        ConsumerRecord<byte[], byte[]> withdrawn = await().atMost(Duration.ofSeconds(30)).until(
                () -> events(Topics.COCREATION_SEED, id, "jp.kyoso.cocreation.seed.withdrawn.v1"), found -> found.size() == 1)
                .get(0);
        for (ConsumerRecord<byte[], byte[]> event : List.of(published.get(0), published.get(1), withdrawn)) {
            assertEquals(List.of(), schemas.validate(new String(event.headers().lastHeader("ce_type").value(),
                    StandardCharsets.UTF_8), event.value()));
        }
    }

    @Test
    void aSuspendedOrganisationCannotPublish() {
        UUID suspended = approved("休止中テック株式会社");
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations/" + suspended + "/suspend",
                Map.of("reason", "確認中")).bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(SEEDS, seed("検証用シーズ", "説明",
                List.of("9.5"), List.of())).bearerAuth(TestTokens.member(jwt, suspended))).getStatus());
    }

    @Test
    void anOrganisationThatLeavesTakesItsSeedsOutOfTheCatalogue() {
        UUID leaving = approved("撤退予定株式会社");
        String seed = publish(leaving, "撤退前の電動キックボード実証", "区内での短距離移動を支えます。", List.of("11.2"), List.of());
        assertEquals(List.of("撤退前の電動キックボード実証"), titles("電動キックボード"));

        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations/" + leaving + "/withdraw",
                Map.of()).bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        assertEquals(List.of(), titles("電動キックボード"));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.COCREATION_SEED, seed,
                "jp.kyoso.cocreation.seed.withdrawn.v1"), found -> found.size() == 1);
        // Published with no keywords: the event still carries the (empty) list its schema requires.
        String published = new String(events(Topics.COCREATION_SEED, seed, "jp.kyoso.cocreation.seed.published.v1")
                .get(0).value(), StandardCharsets.UTF_8);
        assertTrue(published.contains("\"keywords\":[]"), published);
    }

    private List<Object> titles(String words) {
        return titlesWhere("q=" + enc(words));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<Object> titlesWhere(String query) {
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET(SEEDS + "?" + query), Map.class);
        // Serde leaves an empty list out of the JSON.
        List<?> items = page.get("items") == null ? List.of() : (List<?>) page.get("items");
        return items.stream().map(item -> map(item).get("title")).toList();
    }

    private String publish(UUID organisation, String title, String description, List<String> targets,
                           List<String> keywords) {
        var created = http.toBlocking().exchange(HttpRequest.POST(SEEDS, seed(title, description, targets, keywords))
                .bearerAuth(TestTokens.member(jwt, organisation)), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        return (String) created.body().get("id");
    }

    private static Map<String, Object> seed(String title, String description, List<String> targets,
                                            List<String> keywords) {
        Map<String, Object> seed = new HashMap<>();
        seed.put("title", title);
        seed.put("description", description);
        seed.put("sdgTargets", targets);
        seed.put("keywords", keywords);
        seed.put("contactName", "連携窓口");
        seed.put("contactEmail", "renkei@example.jp");
        return seed;
    }

    private UUID approved(String name) {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations",
                Map.of("name", name, "organisationType", "COMPANY")), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/organisations/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);
        return UUID.fromString(id);
    }
}
