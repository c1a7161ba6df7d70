package jp.kyoso.declarations.declaration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.Api;
import jp.kyoso.declarations.Declarants;
import jp.kyoso.declarations.TestClock;
import jp.kyoso.declarations.organisation.MembershipStatus;
import jp.kyoso.declarations.organisation.OrganisationReplicaRepository;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Declaring on real PostgreSQL and Kafka: who may declare, the three sides, versions, preview, review, events. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaringIT implements TestPropertyProvider {

    private static final String BASE = "/api/declarations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository known;

    @Inject
    DeclarationRepository declarations;

    @Inject
    TestClock clock;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("declarations_declaring_it");
        // The tests move the clock themselves; the scheduled sweep must not act on it in between.
        properties.put("kyoso.declarations.sweep-enabled", "false");
        return properties;
    }

    @Test
    void onlyMembersOfAnOrganisationCoCreationApprovedMayDeclare() {
        Api api = new Api(http);
        UUID approved = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        Declarants.approve(kafka, rejected, "一度承認された団体", OrganisationType.NPO);
        Declarants.reject(kafka, rejected);
        Declarants.approve(kafka, approved, "しながわグリーン株式会社", OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> known.findById(approved).isPresent()
                && known.findById(rejected).map(o -> o.status() == MembershipStatus.REJECTED).orElse(false));

        for (UUID outsider : List.of(rejected, unknown)) {
            HttpClientResponseException refused = api.refused(HttpRequest.POST(BASE,
                    Declarants.balancedForm("未来")).bearerAuth(TestTokens.member(jwt, outsider)));
            assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
            assertTrue(Api.body(refused).contains("declaration.notAMember"), Api.body(refused));
        }
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(BASE, Declarants.balancedForm("未来"))
                .bearerAuth(TestTokens.secretariat(jwt))).getStatus());

        Map<String, Object> created = api.post(BASE, Declarants.balancedForm("2030年、誰もが働きやすい品川へ"),
                TestTokens.member(jwt, approved));
        assertEquals("DRAFT", created.get("status"));
        assertEquals("しながわグリーン株式会社", created.get("organisationName"));
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(BASE, Declarants.balancedForm("二つ目"))
                .bearerAuth(TestTokens.member(jwt, approved))).getStatus());
    }

    @Test
    void commitmentsMustCoverThreeSidesAndTheServiceSaysWhichIsMissing() {
        Api api = new Api(http);
        String member = TestTokens.member(jwt, approvedOrganisation("三側面テスト株式会社"));
        HttpClientResponseException unknownTarget = api.refused(HttpRequest.POST(BASE, Declarants.form(null, "未来",
                List.of(Declarants.commitment("18.1", "存在しない目標", "x", "0", "1")))).bearerAuth(member)
                .header("Accept-Language", "en"));
        assertEquals(HttpStatus.BAD_REQUEST, unknownTarget.getStatus());
        assertTrue(Api.body(unknownTarget).contains("commitments[0].sdgTarget"), Api.body(unknownTarget));
        assertTrue(Api.body(unknownTarget).contains("169 SDG targets"), Api.body(unknownTarget));

        Map<String, Object> draft = api.post(BASE, Declarants.unbalancedForm(), member);
        String id = (String) draft.get("id");
        Map<String, Object> preview = api.get(BASE + "/" + id + "/preview", member);
        assertEquals(false, preview.get("readyToSubmit"));
        assertEquals(List.of("SOCIETY", "ENVIRONMENT"), sides(preview.get("missingSides")));

        HttpClientResponseException refused = api.refused(HttpRequest.POST(BASE + "/" + id + "/submit",
                Map.of("version", Api.version(draft))).bearerAuth(member));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        String japanese = Api.body(refused);
        assertTrue(japanese.contains("declaration.sideMissing.SOCIETY") && japanese.contains("社会面の取組がありません"),
                japanese);
        assertTrue(japanese.contains("declaration.sideMissing.ENVIRONMENT"), japanese);
        assertTrue(!japanese.contains("declaration.sideMissing.ECONOMY"), japanese);
        assertEquals("DRAFT", api.get(BASE + "/" + id, member).get("status"));
    }

    @Test
    void concurrentEditsNeverSilentlyOverwriteEachOther() {
        Api api = new Api(http);
        UUID organisation = approvedOrganisation("共同編集株式会社");
        String hanako = TestTokens.issue(jwt, "hanako", organisation, "MEMBER");
        String taro = TestTokens.issue(jwt, "taro", organisation, "MEMBER");
        Map<String, Object> draft = api.post(BASE, Declarants.balancedForm("最初のビジョン"), hanako);
        String id = (String) draft.get("id");
        long loaded = Api.version(draft);

        Map<String, Object> hanakoSaved = api.call(HttpRequest.PUT(BASE + "/" + id,
                Declarants.form(loaded, "花子のビジョン", List.of(
                        Declarants.commitment("8.5", "a", "b", "c", "d"),
                        Declarants.commitment("11.7", "a", "b", "c", "d"),
                        Declarants.commitment("13.3", "a", "b", "c", "d")))).bearerAuth(hanako));
        assertEquals(loaded + 1, Api.version(hanakoSaved));

        HttpClientResponseException stale = api.refused(HttpRequest.PUT(BASE + "/" + id,
                Declarants.form(loaded, "太郎のビジョン", List.of())).bearerAuth(taro).header("Accept-Language", "en"));
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertTrue(Api.body(stale).contains("urn:kyoso:problem:declaration.staleVersion"), Api.body(stale));
        assertTrue(Api.body(stale).contains("hanako saved this declaration"), Api.body(stale));
        Map<String, Object> current = api.get(BASE + "/" + id, taro);
        assertEquals("花子のビジョン", current.get("vision"));
        assertEquals(3, ((List<?>) current.get("commitments")).size());

        HttpClientResponseException missingVersion = api.refused(HttpRequest.PUT(BASE + "/" + id,
                Declarants.balancedForm("版なし")).bearerAuth(taro));
        assertEquals(HttpStatus.BAD_REQUEST, missingVersion.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, api.refused(HttpRequest.GET(BASE + "/" + id)
                .bearerAuth(TestTokens.member(jwt, approvedOrganisation("他団体")))).getStatus());
    }

    @Test
    void aDeclarationIsReturnedResubmittedAndRegisteredWithEventsOnKafka() {
        Api api = new Api(http);
        clock.setTokyo(2025, 5, 20);
        try {
            UUID organisation = approvedOrganisation("登録フロー株式会社");
            String member = TestTokens.member(jwt, organisation);
            String secretariat = TestTokens.secretariat(jwt);
            Map<String, Object> draft = api.post(BASE, Declarants.balancedForm("品川の未来"), member);
            String id = (String) draft.get("id");

            Map<String, Object> preview = api.get(BASE + "/" + id + "/preview", member);
            assertEquals(true, preview.get("readyToSubmit"));
            assertTrue(((String) preview.get("note")).contains("認証"), (String) preview.get("note"));
            assertEquals(3, ((List<?>) ((Map<?, ?>) preview.get("entry")).get("commitments")).size());
            long previewed = ((Number) preview.get("version")).longValue();

            assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(BASE + "/" + id + "/register", "")
                    .bearerAuth(secretariat)).getStatus());
            assertEquals("SUBMITTED", api.post(BASE + "/" + id + "/submit", Map.of("version", previewed), member)
                    .get("status"));
            assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST(BASE + "/" + id + "/register", "")
                    .bearerAuth(member)).getStatus());

            Map<String, Object> returned = api.post(BASE + "/" + id + "/return",
                    Map.of("comment", "指標の基準年を記載してください"), secretariat);
            assertEquals("RETURNED", returned.get("status"));
            assertEquals("指標の基準年を記載してください", returned.get("reviewComment"));
            Map<String, Object> revised = api.call(HttpRequest.PUT(BASE + "/" + id,
                    Declarants.form(Api.version(returned), "品川の未来（2024年度基準）", List.of(
                            Declarants.commitment("8.5", "障がい者雇用", "雇用率", "2.1%（2024年度）", "3.0%"),
                            Declarants.commitment("4.7", "出前授業", "回数", "0回（2024年度）", "10回"),
                            Declarants.commitment("12.5", "廃棄物削減", "排出量", "100t（2024年度）", "70t"),
                            Declarants.commitment("14.1", "海洋プラ削減", "使用量", "5t（2024年度）", "1t"))))
                    .bearerAuth(member));
            api.post(BASE + "/" + id + "/submit", Map.of("version", Api.version(revised)), member);
            Map<String, Object> registered = api.post(BASE + "/" + id + "/register", "", secretariat);

            assertEquals("REGISTERED", registered.get("status"));
            assertTrue(((String) registered.get("registrationNumber")).matches("SDGs-2025-\\d{4}"));
            assertEquals(2025, registered.get("termStartFiscalYear"));
            assertEquals(2027, registered.get("termEndFiscalYear"));

            EventSchemas schemas = new EventSchemas();
            List<ConsumerRecord<byte[], byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                    () -> KafkaRecords.withSubject(kafka, Topics.DECLARATIONS_DECLARATION, id),
                    found -> found.size() >= 4);
            assertEquals(List.of("jp.kyoso.declarations.declaration.submitted.v1",
                            "jp.kyoso.declarations.declaration.returned.v1",
                            "jp.kyoso.declarations.declaration.submitted.v1",
                            "jp.kyoso.declarations.declaration.registered.v1"),
                    events.stream().map(r -> KafkaRecords.header(r, CloudEventHeaders.TYPE)).toList());
            for (ConsumerRecord<byte[], byte[]> event : events) {
                assertEquals(List.of(), schemas.validate(KafkaRecords.header(event, CloudEventHeaders.TYPE),
                        event.value()));
            }
            String registeredJson = new String(events.get(3).value(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(registeredJson.contains("\"goals\":[4,8,12,14]"), registeredJson);
            assertTrue(registeredJson.contains("\"organisationType\":\"COMPANY\""), registeredJson);
        } finally {
            clock.set(null);
        }
    }

    @Test
    void twoSavesRacingOnTheSameVersionLeaveOneWinnerAndOneConflict() throws Exception {
        Api api = new Api(http);
        UUID organisation = approvedOrganisation("同時保存株式会社");
        String hanako = TestTokens.issue(jwt, "hanako", organisation, "MEMBER");
        String taro = TestTokens.issue(jwt, "taro", organisation, "MEMBER");
        Map<String, Object> draft = api.post(BASE, Declarants.balancedForm("最初"), hanako);
        String id = (String) draft.get("id");
        long loaded = Api.version(draft);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Object>> saves = List.of(hanako, taro).stream().map(token -> pool.submit(() -> {
                start.await();
                try {
                    String vision = token.equals(hanako) ? "花子の案" : "太郎の案";
                    return api.call(HttpRequest.PUT(BASE + "/" + id,
                            withVersion(Declarants.balancedForm(vision), loaded)).bearerAuth(token)).get("vision");
                } catch (HttpClientResponseException e) {
                    return e.getStatus();
                }
            })).toList();
            start.countDown();
            Object first = saves.get(0).get();
            Object second = saves.get(1).get();
            List<Object> outcomes = List.of(first, second);
            assertEquals(1, outcomes.stream().filter(HttpStatus.CONFLICT::equals).count(), outcomes.toString());
            Object winner = outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
            Map<String, Object> saved = api.get(BASE + "/" + id, hanako);
            assertEquals(winner, saved.get("vision"));
            assertEquals(loaded + 1, Api.version(saved));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBlankCommitmentFieldIsAFieldErrorWithItsPath() {
        Api api = new Api(http);
        String member = TestTokens.member(jwt, approvedOrganisation("入力チェック株式会社"));
        HttpClientResponseException refused = api.refused(HttpRequest.POST(BASE, Declarants.form(null, "未来",
                List.of(Declarants.commitment("8.5", " ", "x", "0", "1")))).bearerAuth(member));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(Api.body(refused).contains("commitments[0].action"), Api.body(refused));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCommitmentSentWithTheTargetNameBeforeTheStyleGuideIsSavedAndAnsweredAsSdgTarget() {
        Api api = new Api(http);
        String member = TestTokens.member(jwt, approvedOrganisation("旧名称株式会社"));
        Map<String, Object> oldName = Map.of("target", "７.２", "action", "屋上太陽光発電", "indicator", "再エネ比率",
                "baseline", "5%", "targetValue", "60%", "targetYear", 2030);
        Map<String, Object> created = api.post(BASE, Declarants.form(null, "未来", List.of(oldName)), member);
        Map<String, Object> commitment = ((List<Map<String, Object>>) created.get("commitments")).get(0);
        assertEquals("7.2", commitment.get("sdgTarget"));
        assertEquals(7, commitment.get("sdgGoal"));
        assertFalse(commitment.containsKey("target"), String.valueOf(commitment));
        assertFalse(commitment.containsKey("goal"), String.valueOf(commitment));
    }

    private static Map<String, Object> withVersion(Map<String, Object> form, long version) {
        Map<String, Object> copy = new java.util.HashMap<>(form);
        copy.put("version", version);
        return copy;
    }

    private UUID approvedOrganisation(String name) {
        UUID id = UUID.randomUUID();
        Declarants.approve(kafka, id, name, OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> known.findById(id).isPresent());
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<String> sides(Object views) {
        return ((List<Map<String, Object>>) views).stream().map(view -> (String) view.get("side")).toList();
    }
}
