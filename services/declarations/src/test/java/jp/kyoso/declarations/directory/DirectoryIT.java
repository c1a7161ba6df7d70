package jp.kyoso.declarations.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.Api;
import jp.kyoso.declarations.Declarants;
import jp.kyoso.declarations.TestClock;
import jp.kyoso.declarations.organisation.OrganisationDirectory;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public directory's filters and Japanese keyword search, and the open-data files, on real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIT implements TestPropertyProvider {

    private static final String BASE = "/api/declarations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    TestClock clock;

    private String fishery;
    private String foodBank;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("declarations_directory_it");
        properties.put("kyoso.declarations.sweep-enabled", "false");
        return properties;
    }

    @BeforeAll
    void registry() {
        Api api = new Api(http);
        clock.setTokyo(2026, 5, 1);
        String fisheryMember = member("株式会社しながわ水産", OrganisationType.COMPANY);
        fishery = registered(api, fisheryMember, "品川の海の豊かさを次の世代へ", List.of(
                Declarants.commitment("14.1", "漁網の回収とリサイクル", "回収量", "0t", "5t"),
                Declarants.commitment("8.5", "地元雇用の拡大", "雇用者数", "10人", "20人"),
                Declarants.commitment("4.7", "小学校での海の出前授業", "実施回数", "0回", "12回")));
        foodBank = registered(api, member("NPO法人子ども食堂ネットしながわ", OrganisationType.NPO),
                "食品ロスを減らし、子どもの食を地域で支える", List.of(
                        Declarants.commitment("2.1", "子ども食堂の運営", "提供食数", "1,000食", "5,000食"),
                        Declarants.commitment("12.3", "商店街の食品ロス回収", "回収量", "1t", "3t"),
                        Declarants.commitment("13.3", "環境学習会の開催", "参加者数", "50人", "300人")));
        registered(api, member("しながわ電機株式会社", OrganisationType.SME), "再生可能エネルギーで工場を動かす", List.of(
                Declarants.commitment("7.2", "屋上太陽光発電の導入", "再エネ比率", "5%", "60%"),
                Declarants.commitment("9.4", "省エネ設備への更新", "設備更新率", "10%", "80%"),
                Declarants.commitment("15.1", "工場緑地の保全", "緑地面積", "100㎡", "300㎡")));
        api.post(BASE, Declarants.balancedForm("まだ下書きの大学"), member("しながわ大学", OrganisationType.UNIVERSITY));

        clock.setTokyo(2027, 5, 10);
        Map<String, Object> form = api.get(BASE + "/" + fishery + "/reports/form", fisheryMember);
        api.post(BASE + "/" + fishery + "/reports", Map.of("fiscalYear", 2026, "lines", ((List<?>) form.get("lines"))
                .stream().map(l -> Map.of("commitmentId", ((Map<?, ?>) l).get("commitmentId"), "valueReached", "実績あり",
                        "comment", "")).toList()), fisheryMember);
        api.post(BASE + "/" + foodBank + "/revoke", Map.of("publicReason", "活動実態が確認できないため"),
                TestTokens.secretariat(jwt));
    }

    @AfterAll
    void realTime() {
        clock.set(null);
    }

    @Test
    void theDirectoryListsEveryRegisteredDeclarantWithTheNoteInJapaneseAndEnglish() {
        Api api = new Api(http);
        Map<String, Object> all = api.call(HttpRequest.GET(BASE + "/directory"));
        assertEquals(3, ((Number) all.get("totalItems")).intValue(), "the draft is not public");
        assertTrue(((String) all.get("note")).contains("認証"), (String) all.get("note"));
        String english = (String) api.call(HttpRequest.GET(BASE + "/directory").header("Accept-Language", "en"))
                .get("note");
        assertTrue(english.contains("a declaration, not a certification"), english);

        Map<String, Object> fisheryEntry = only(api.call(HttpRequest.GET(BASE + "/directory?sdgGoal=14")));
        assertEquals(fishery, fisheryEntry.get("id"));
        assertEquals(2026, ((Map<?, ?>) fisheryEntry.get("latestReport")).get("fiscalYear"));
        List<?> commitments = (List<?>) fisheryEntry.get("commitments");
        assertEquals(3, commitments.size());
        assertEquals("実績あり", ((Map<?, ?>) commitments.get(0)).get("latestValue"));
        assertEquals("14.1", ((Map<?, ?>) commitments.get(0)).get("sdgTarget"));
        assertEquals(14, ((Map<?, ?>) commitments.get(0)).get("sdgGoal"));

        Map<String, Object> page = api.call(HttpRequest.GET(BASE + "/directory?size=2&page=1"));
        assertEquals(1, ((List<?>) page.get("items")).size());
        assertEquals(2, page.get("totalPages"));
    }

    @Test
    void filtersByTargetTypeAndStatusAndRefusesBadFilters() {
        Api api = new Api(http);
        assertEquals(fishery, only(api.call(HttpRequest.GET(BASE + "/directory?sdgTarget="
                + URLEncoder.encode("１４.１", StandardCharsets.UTF_8)))).get("id"));
        assertEquals(foodBank, only(api.call(HttpRequest.GET(BASE + "/directory?organisationType=NPO"))).get("id"));
        Map<String, Object> revoked = only(api.call(HttpRequest.GET(BASE + "/directory?status=REVOKED")));
        assertEquals(foodBank, revoked.get("id"));
        assertEquals("活動実態が確認できないため", revoked.get("publicReason"));
        assertEquals("登録取消", revoked.get("statusLabel"));

        HttpClientResponseException bad = api.refused(HttpRequest.GET(BASE
                + "/directory?sdgGoal=18&sdgTarget=18.1&status=DRAFT"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        for (String field : List.of("\"sdgGoal\"", "\"sdgTarget\"", "\"status\"")) {
            assertTrue(Api.body(bad).contains(field), Api.body(bad));
        }
    }

    @Test
    void theFilterNamesBeforeTheStyleGuideStillWorkAndErrorsNameTheNewOnes() {
        Api api = new Api(http);
        assertEquals(fishery, only(api.call(HttpRequest.GET(BASE + "/directory?goal=14"))).get("id"));
        assertEquals(fishery, only(api.call(HttpRequest.GET(BASE + "/directory?target=14.1"))).get("id"));
        assertEquals(foodBank, only(api.call(HttpRequest.GET(BASE + "/directory?keyword="
                + URLEncoder.encode("食品ロス", StandardCharsets.UTF_8)))).get("id"));
        assertEquals(fishery, only(api.call(HttpRequest.GET(BASE + "/directory?sdgGoal=14&goal=2"))).get("id"),
                "the new name wins");

        HttpClientResponseException bad = api.refused(HttpRequest.GET(BASE + "/directory?goal=18&target=18.1"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(Api.body(bad).contains("\"sdgGoal\"") && Api.body(bad).contains("\"sdgTarget\""),
                Api.body(bad));
        assertFalse(Api.body(bad).contains("\"goal\""), Api.body(bad));
    }

    @Test
    void japaneseKeywordsFindDeclarantsWithoutWordBoundaries() {
        Api api = new Api(http);
        assertEquals(foodBank, only(search(api, "食品ロス")).get("id"));
        assertEquals(foodBank, only(search(api, "子ども食堂")).get("id"));
        assertEquals(fishery, only(search(api, "出前授業")).get("id"));
        assertEquals(fishery, only(search(api, "水産")).get("id"));
        assertEquals(0, ((Number) search(api, "宇宙開発").get("totalItems")).intValue());
        assertEquals(0, ((Number) search(api, "100%").get("totalItems")).intValue(), "% is matched literally");
    }

    @Test
    void theOpenDataCsvHasAByteOrderMarkAndOneRowPerCommitment() {
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET(BASE + "/open-data.csv"),
                byte[].class);
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
        byte[] body = response.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertEquals(1 + 9, rows.length, csv);
        assertTrue(rows[0].startsWith("\"登録番号\",\"状態\",\"団体名\""), rows[0]);
        assertTrue(csv.contains("\"株式会社しながわ水産\""), csv);
        assertTrue(csv.contains("\"1,000食\""), "commas stay inside their quoted cell");
        assertTrue(!csv.contains("しながわ大学"), "drafts are not published");

        Map<String, Object> json = new Api(http).call(HttpRequest.GET(BASE + "/open-data.json"));
        assertEquals(3, json.get("count"));
        assertTrue(((String) json.get("noteEnglish")).contains("not a certification"));
        assertEquals(3, ((List<?>) json.get("declarations")).size());
    }

    @Test
    void askingForTheCsvAsJsonIsNotAcceptableRatherThanASignInPrompt() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(BASE + "/open-data.csv")
                        .accept(MediaType.APPLICATION_JSON_TYPE), byte[].class));
        assertEquals(HttpStatus.NOT_ACCEPTABLE, refused.getStatus());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().getName());
    }

    private static Map<String, Object> search(Api api, String q) {
        return api.call(HttpRequest.GET(BASE + "/directory?q=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(Map<String, Object> page) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertEquals(1, items.size(), String.valueOf(items));
        return items.get(0);
    }

    private String member(String name, OrganisationType type) {
        UUID id = UUID.randomUUID();
        organisations.approved(id, name, type, Instant.parse("2026-04-01T00:00:00Z"));
        return TestTokens.member(jwt, id);
    }

    private String registered(Api api, String member, String vision, List<Map<String, Object>> commitments) {
        Map<String, Object> draft = api.post(BASE, Declarants.form(null, vision, commitments), member);
        String id = (String) draft.get("id");
        api.post(BASE + "/" + id + "/submit", Map.of("version", Api.version(draft)), member);
        api.post(BASE + "/" + id + "/register", "", TestTokens.secretariat(jwt));
        return id;
    }
}
