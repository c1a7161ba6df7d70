package jp.kyoso.citylab.discovery;

import static jp.kyoso.citylab.support.CityLabApi.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.seed.SeedRepository;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.citylab.support.CityLabEvents;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The challenge search (Japanese keyword, SDG goal/target, department, status) and "challenges for my seeds". */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeSearchIT implements TestPropertyProvider {

    private static final UUID WELFARE = UUID.randomUUID();
    private static final UUID TRANSPORT = UUID.randomUUID();
    private static final UUID SENSORS = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    SeedRepository seeds;

    private CityLabApi api;
    private String watching;
    private String shops;
    private String mobility;
    private String draft;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("citylab_search_it");
        properties.put("kyoso.citylab.deadline-job-enabled", "false");
        return properties;
    }

    @BeforeAll
    void challenges() {
        api = new CityLabApi(http, jwt);
        watching = published(WELFARE, "一人暮らし高齢者の見守りネットワーク",
                "一人暮らしの高齢者を地域ぐるみで見守る仕組みが必要です。", List.of("3.8", "11.7"));
        shops = published(WELFARE, "商店街の空き店舗活用", "戸越の商店街で空き店舗が増えています。", List.of("8.3", "11.3"));
        mobility = published(TRANSPORT, "坂の多い地区の高齢者の移動支援",
                "坂道が多く、高齢者の通院や買い物が難しくなっています。", List.of("11.2"));
        Map<String, Object> form = CityLabApi.draftForm("高齢者の見守り（下書き）", "まだ下書きの課題です。",
                CityLabApi.daysFromToday(30));
        form.put("sdgTargets", List.of("3.8"));
        draft = (String) api.post(CHALLENGES, form, api.staff(WELFARE)).get("id");
    }

    @Test
    void aJapaneseKeywordAndAnSdgGoalFindTheFittingChallengeAndNotTheOthers() {
        assertEquals(List.of(watching), ids(search("q=" + enc("見守り") + "&sdgGoal=3", null)));
        assertEquals(List.of(mobility), ids(search("q=" + enc("高齢者") + "&sdgTarget=11.2", null)));
        List<String> elderly = ids(search("q=" + enc("高齢者") + "&sdgGoal=11", null));
        assertEquals(2, elderly.size(), elderly.toString());
        assertTrue(elderly.containsAll(List.of(watching, mobility)), elderly.toString());
        // A target code must match whole: 11.3 is not 11.
        assertEquals(List.of(shops), ids(search("sdgTarget=11.3", null)));
        assertEquals(List.of(mobility), ids(search("departmentId=" + TRANSPORT, null)));
        assertEquals(List.of(), ids(search("q=" + enc("海洋プラスチック"), null)));
        // The old parameter names are accepted until the next release.
        assertEquals(List.of(watching), ids(search("q=" + enc("見守り") + "&goal=3", null)));
        assertEquals(List.of(shops), ids(search("target=11.3", null)));
    }

    @Test
    void theListIsPagedAndDraftsStayWithTheSecretariat() {
        Map<?, ?> first = search("departmentId=" + WELFARE + "&size=1", null);
        assertEquals(2, ((Number) first.get("totalItems")).intValue());
        assertEquals(1, ids(first).size());
        Map<?, ?> second = search("departmentId=" + WELFARE + "&size=1&page=1", null);
        assertTrue(!ids(first).equals(ids(second)) && ids(second).size() == 1, second.toString());

        assertTrue(!ids(search("q=" + enc("見守り"), null)).contains(draft));
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(CHALLENGES + "/search?status=DRAFT"), null)
                .getStatus());
        assertEquals(List.of(draft), ids(search("status=DRAFT&q=" + enc("見守り"), api.secretariat())));
    }

    @Test
    void aDepartmentsOwnListHonoursTheSameFiltersInAnyStatus() {
        String welfare = api.staff(WELFARE);
        List<String> own = ids(search("mine=true", welfare));
        assertEquals(3, own.size(), own.toString());
        assertTrue(own.containsAll(List.of(watching, shops, draft)), own.toString());

        List<String> watchingOnes = ids(search("mine=true&q=" + enc("見守り"), welfare));
        assertEquals(2, watchingOnes.size(), watchingOnes.toString());
        assertTrue(watchingOnes.containsAll(List.of(watching, draft)), watchingOnes.toString());
        assertEquals(List.of(draft), ids(search("mine=true&sdgGoal=3&status=DRAFT", welfare)));
        assertEquals(List.of(shops), ids(search("mine=true&sdgTarget=11.3", welfare)));
        assertEquals(List.of(watching), ids(search("mine=true&status=PUBLISHED&sdgGoal=3", welfare)));
        // Another department's filter on one's own list finds nothing rather than the other's challenges.
        assertEquals(List.of(), ids(search("mine=true&departmentId=" + TRANSPORT, welfare)));
        assertEquals(List.of(mobility), ids(search("mine=true&q=" + enc("高齢者"), api.staff(TRANSPORT))));

        var outside = api.refused(HttpRequest.GET(CHALLENGES + "/search?mine=true&sdgGoal=11&sdgTarget=3.8"), welfare);
        assertEquals(HttpStatus.BAD_REQUEST, outside.getStatus());
        assertTrue(CityLabApi.body(outside).contains("ゴール11に含まれません"), CityLabApi.body(outside));
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(CHALLENGES + "/search?mine=true"), null)
                .getStatus());
        // The plain list's mine=true is the same search, unfiltered.
        List<String> plain = ids(api.get(CHALLENGES + "?mine=true&size=100", welfare));
        assertEquals(own.stream().sorted().toList(), plain.stream().sorted().toList());
    }

    @Test
    void badFiltersAreFieldErrorsInJapanese() {
        var unknownGoal = api.refused(HttpRequest.GET(CHALLENGES + "/search?sdgGoal=18"), null);
        assertEquals(HttpStatus.BAD_REQUEST, unknownGoal.getStatus());
        assertTrue(CityLabApi.body(unknownGoal).contains("\"sdgGoal\"")
                && CityLabApi.body(unknownGoal).contains("ゴールは1から17"), CityLabApi.body(unknownGoal));
        var outside = api.refused(HttpRequest.GET(CHALLENGES + "/search?sdgGoal=11&sdgTarget=3.8"), null);
        assertEquals(HttpStatus.BAD_REQUEST, outside.getStatus());
        assertTrue(CityLabApi.body(outside).contains("ゴール11に含まれません"), CityLabApi.body(outside));
        assertTrue(CityLabApi.body(outside).contains("\"sdgTarget\""), CityLabApi.body(outside));
        assertEquals(HttpStatus.BAD_REQUEST, api.refused(HttpRequest.GET(CHALLENGES + "/search?sdgTarget=99.9"), null)
                .getStatus());
    }

    @Test
    void aMemberSeesOpenChallengesRankedForItsSeedsWithTheReason() {
        CityLabEvents.publish(new SeedPublished(UUID.randomUUID().toString(), SENSORS.toString(), "高齢者見守りセンサー",
                "一人暮らしの高齢者の生活リズムを非接触センサーで見守ります。", List.of("3.8"), List.of("見守り", "高齢者"),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> seeds.count() >= 1);

        List<?> fits = (List<?>) api.get(CHALLENGES + "/for-my-seeds", api.member(SENSORS)).get("items");
        Map<?, ?> best = (Map<?, ?>) fits.get(0);
        assertEquals(watching, best.get("challengeId"));
        assertEquals(1, best.get("rank"));
        assertEquals("高齢者見守りセンサー", best.get("seedTitle"));
        assertEquals(CityLabApi.daysFromToday(30).toString(), best.get("proposalDeadline"));
        assertFalse(best.containsKey("deadline"), best.toString());
        assertEquals(List.of("3.8"), best.get("sharedTargets"));
        assertTrue(((String) best.get("reason")).startsWith("共通のSDGsターゲット: 3.8"), (String) best.get("reason"));
        assertTrue(fits.stream().noneMatch(f -> draft.equals(((Map<?, ?>) f).get("challengeId"))), fits.toString());
        for (int i = 1; i < fits.size(); i++) {
            assertTrue(((Number) ((Map<?, ?>) fits.get(i - 1)).get("score")).doubleValue()
                    >= ((Number) ((Map<?, ?>) fits.get(i)).get("score")).doubleValue(), fits.toString());
        }
        assertEquals(0, ((Number) api.get(CHALLENGES + "/for-my-seeds", api.member(UUID.randomUUID()))
                .get("totalItems")).intValue());
        assertEquals(HttpStatus.UNAUTHORIZED, api.refused(HttpRequest.GET(CHALLENGES + "/for-my-seeds"), null)
                .getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(CHALLENGES + "/for-my-seeds"),
                api.staff(WELFARE)).getStatus());
    }

    private String published(UUID department, String title, String background, List<String> targets) {
        Map<String, Object> form = CityLabApi.draftForm(title, background, CityLabApi.daysFromToday(30));
        form.put("sdgTargets", targets);
        String id = (String) api.post(CHALLENGES, form, api.staff(department)).get("id");
        api.post(CHALLENGES + "/" + id + "/start-refinement", "", api.secretariat());
        Map<String, Object> refined = CityLabApi.refinementForm(title, background, "民間の知見で解決策を探る");
        refined.put("sdgTargets", targets);
        api.post(CHALLENGES + "/" + id + "/versions", refined, api.secretariat());
        api.post(CHALLENGES + "/" + id + "/request-signoff", "", api.secretariat());
        api.post(CHALLENGES + "/" + id + "/sign-off", "", api.staff(department));
        api.post(CHALLENGES + "/" + id + "/publish", "", api.secretariat());
        return id;
    }

    private Map<?, ?> search(String query, String token) {
        return api.get(CHALLENGES + "/search?" + query, token);
    }

    private static List<String> ids(Map<?, ?> page) {
        // An empty list is left out of the JSON (Micronaut Serialization's default inclusion).
        List<?> items = page.get("items") == null ? List.of() : (List<?>) page.get("items");
        return items.stream().map(item -> (String) ((Map<?, ?>) item).get("id")).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
