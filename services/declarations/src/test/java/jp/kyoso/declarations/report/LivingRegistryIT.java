package jp.kyoso.declarations.report;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.Api;
import jp.kyoso.declarations.Declarants;
import jp.kyoso.declarations.TestClock;
import jp.kyoso.declarations.organisation.OrganisationDirectory;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The living registry, driven by the test clock: yearly reports, REPORT_OVERDUE after June 30, LAPSED after
 * December 31, reactivation by filing, renewal, complaints and revocation; and the events each step publishes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivingRegistryIT implements TestPropertyProvider {

    private static final String BASE = "/api/declarations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    LifecycleSweep sweep;

    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("declarations_living_it");
        properties.put("kyoso.declarations.sweep-enabled", "false");
        return properties;
    }

    @AfterEach
    void realTime() {
        clock.set(null);
    }

    @Test
    void reportsOverdueLapseReactivationRenewalAndRevocationFollowTheClock() {
        Api api = new Api(http);
        clock.setTokyo(2031, 5, 10);
        UUID organisation = approved("報告テスト株式会社");
        String member = TestTokens.member(jwt, organisation);
        String id = registered(api, member);
        Map<String, Object> declaration = api.get(BASE + "/" + id, member);
        assertEquals("SDGs-2031-0001", declaration.get("registrationNumber"));

        Map<String, Object> form = api.get(BASE + "/" + id + "/reports/form", member);
        assertEquals(2031, form.get("fiscalYear"));
        assertEquals("2032-06-30", form.get("dueOn"));
        assertEquals(false, form.get("open"));
        assertConflict(api.refused(HttpRequest.POST(BASE + "/" + id + "/reports", report(form, "1"))
                .bearerAuth(member)), "report.notYetDue");

        clock.setTokyo(2032, 6, 30);
        sweep.run();
        assertEquals("REGISTERED", status(api, id, member));

        clock.setTokyo(2032, 7, 1);
        assertEquals(1, sweep.run());
        assertEquals("REPORT_OVERDUE", status(api, id, member));
        assertEquals(0, sweep.run());

        clock.setTokyo(2032, 12, 31);
        sweep.run();
        assertEquals("REPORT_OVERDUE", status(api, id, member));
        clock.setTokyo(2033, 1, 1);
        sweep.run();
        Map<String, Object> lapsed = api.get(BASE + "/" + id, member);
        assertEquals("LAPSED", lapsed.get("status"));
        assertEquals("REPORT_NOT_FILED", lapsed.get("lapseReason"));

        clock.setTokyo(2033, 1, 15);
        assertConflict(api.refused(HttpRequest.POST(BASE + "/" + id + "/reports",
                Map.of("fiscalYear", 2032, "lines", lines(form, "x"))).bearerAuth(member)), "report.wrongFiscalYear");
        HttpClientResponseException incomplete = api.refused(HttpRequest.POST(BASE + "/" + id + "/reports",
                Map.of("fiscalYear", 2031, "lines", lines(form, "x").subList(0, 1))).bearerAuth(member));
        assertEquals(HttpStatus.BAD_REQUEST, incomplete.getStatus());
        assertEquals("LAPSED", status(api, id, member));

        Map<String, Object> revived = api.post(BASE + "/" + id + "/reports", report(form, "2.5%"), member);
        assertEquals("REGISTERED", revived.get("status"));
        assertNull(revived.get("lapseReason"));
        assertEquals(2031, ((Map<?, ?>) revived.get("latestReport")).get("fiscalYear"));
        assertEquals(false, ((Map<?, ?>) revived.get("latestReport")).get("onTime"));
        assertConflict(api.refused(HttpRequest.POST(BASE + "/" + id + "/renew", "").bearerAuth(member)),
                "declaration.renewalNotOpen");

        clock.setTokyo(2033, 6, 1);
        Map<String, Object> secondForm = api.get(BASE + "/" + id + "/reports/form", member);
        assertEquals(2032, secondForm.get("fiscalYear"));
        assertEquals("8.5", ((Map<?, ?>) ((List<?>) secondForm.get("lines")).get(0)).get("sdgTarget"));
        assertEquals(true, secondForm.get("open"));
        for (Object line : (List<?>) secondForm.get("lines")) {
            assertEquals("2.5%", ((Map<?, ?>) line).get("valueReached"), "pre-filled from last year's report");
        }
        Map<String, Object> onTime = api.post(BASE + "/" + id + "/reports", report(secondForm, "2.8%"), member);
        assertEquals(true, ((Map<?, ?>) onTime.get("latestReport")).get("onTime"));

        Map<String, Object> renewed = api.post(BASE + "/" + id + "/renew", "", member);
        assertEquals(2036, renewed.get("termEndFiscalYear"));

        String secretariat = TestTokens.secretariat(jwt);
        String complaintId = (String) api.call(HttpRequest.POST(BASE + "/" + id + "/complaints",
                Map.of("body", "宣言とは逆に、区内の緑地を削って駐車場にしています。"))).get("id");
        api.post(BASE + "/complaints/" + complaintId + "/investigate", Map.of("note", "現地を確認しました"), secretariat);
        HttpClientResponseException noReason = api.refused(HttpRequest.POST(BASE + "/complaints/" + complaintId
                + "/decide", Map.of("outcome", "REVOKED", "note", "事実と確認")).bearerAuth(secretariat));
        assertEquals(HttpStatus.BAD_REQUEST, noReason.getStatus());
        assertTrue(Api.body(noReason).contains("publicReason"), Api.body(noReason));
        assertEquals("REGISTERED", status(api, id, member));

        Map<String, Object> decided = api.post(BASE + "/complaints/" + complaintId + "/decide", Map.of(
                "outcome", "REVOKED", "note", "事実と確認", "publicReason", "宣言内容に反する事業活動が確認されたため"),
                secretariat);
        assertEquals("REVOKED", decided.get("outcome"));
        Map<String, Object> revoked = api.get(BASE + "/" + id, member);
        assertEquals("REVOKED", revoked.get("status"));
        assertEquals("宣言内容に反する事業活動が確認されたため", revoked.get("publicReason"));
        assertConflict(api.refused(HttpRequest.POST(BASE + "/complaints/" + complaintId + "/decide", Map.of(
                "outcome", "DISMISSED", "note", "再審")).bearerAuth(secretariat)), "complaint.alreadyDecided");

        // reportdue: the reminder the sweep of June 30 raised (the report could be filed and was not yet late).
        List<String> expected = List.of("submitted", "registered", "reportdue", "overdue", "lapsed", "reported",
                "reported", "renewed", "revoked", "decided");
        List<ConsumerRecord<byte[], byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.DECLARATIONS_DECLARATION, id), found -> found.size() >= expected.size());
        EventSchemas schemas = new EventSchemas();
        assertEquals(expected, events.stream().map(r -> KafkaRecords.header(r, CloudEventHeaders.TYPE).split("\\.")[4])
                .toList());
        for (ConsumerRecord<byte[], byte[]> event : events) {
            assertEquals(List.of(), schemas.validate(KafkaRecords.header(event, CloudEventHeaders.TYPE), event.value()));
        }
        String reactivation = new String(events.get(5).value(), StandardCharsets.UTF_8);
        assertTrue(reactivation.contains("\"onTime\":false") && reactivation.contains("\"reactivated\":true"),
                reactivation);
    }

    @Test
    void aTermEndedUnrenewedLapsesAndRenewalStartsANewTerm() {
        Api api = new Api(http);
        clock.setTokyo(2045, 4, 2);
        String member = TestTokens.member(jwt, approved("任期テスト株式会社"));
        String id = registered(api, member);
        for (int fiscalYear = 2045; fiscalYear <= 2046; fiscalYear++) {
            clock.setTokyo(fiscalYear + 1, 5, 1);
            Map<String, Object> form = api.get(BASE + "/" + id + "/reports/form", member);
            api.post(BASE + "/" + id + "/reports", report(form, "FY" + fiscalYear), member);
        }
        clock.setTokyo(2048, 3, 31);
        sweep.run();
        assertEquals("REGISTERED", status(api, id, member));
        clock.setTokyo(2048, 4, 1);
        sweep.run();
        Map<String, Object> lapsed = api.get(BASE + "/" + id, member);
        assertEquals("LAPSED", lapsed.get("status"));
        assertEquals("TERM_ENDED", lapsed.get("lapseReason"));

        Map<String, Object> renewed = api.post(BASE + "/" + id + "/renew", "", member);
        assertEquals("REGISTERED", renewed.get("status"));
        assertEquals(2050, renewed.get("termEndFiscalYear"));
        assertEquals(2048, api.get(BASE + "/" + id + "/reports/form", member).get("fiscalYear"));
    }

    @Test
    void aDismissedComplaintLeavesTheRegistrationAndOnlyTheSecretariatSeesComplaints() {
        Api api = new Api(http);
        String member = TestTokens.member(jwt, approved("苦情テスト株式会社"));
        String draftId = (String) api.post(BASE, Declarants.balancedForm("下書き"), member).get("id");
        assertConflict(api.refused(HttpRequest.POST(BASE + "/" + draftId + "/complaints", Map.of("body", "x"))),
                "complaint.notRegistered");

        String other = TestTokens.member(jwt, approved("苦情テスト2株式会社"));
        String id = registered(api, other);
        String complaintId = (String) api.call(HttpRequest.POST(BASE + "/" + id + "/complaints",
                Map.of("body", "根拠のない主張", "email", "resident@example.jp"))).get("id");
        assertEquals(HttpStatus.UNAUTHORIZED, api.refused(HttpRequest.GET(BASE + "/complaints")).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(BASE + "/complaints").bearerAuth(member))
                .getStatus());
        Map<String, Object> page = api.get(BASE + "/complaints?status=RECEIVED&size=5", TestTokens.secretariat(jwt));
        assertTrue(((List<?>) page.get("items")).stream().anyMatch(c -> complaintId.equals(((Map<?, ?>) c).get("id"))));
        // The paths named by nouns before the API style guide are still accepted until the next release.
        assertEquals("INVESTIGATING", api.post(BASE + "/complaints/" + complaintId + "/investigation",
                Map.of("note", "確認中"), TestTokens.secretariat(jwt)).get("status"));
        assertEquals("DISMISSED", api.post(BASE + "/complaints/" + complaintId + "/decision",
                Map.of("outcome", "DISMISSED", "note", "根拠なし"), TestTokens.secretariat(jwt)).get("outcome"));
        assertEquals("REGISTERED", status(api, id, other));
    }

    private UUID approved(String name) {
        UUID id = UUID.randomUUID();
        organisations.approved(id, name, OrganisationType.COMPANY, Instant.parse("2025-04-01T00:00:00Z"));
        return id;
    }

    private String registered(Api api, String member) {
        Map<String, Object> draft = api.post(BASE, Declarants.balancedForm("報告する未来"), member);
        String id = (String) draft.get("id");
        api.post(BASE + "/" + id + "/submit", Map.of("version", Api.version(draft)), member);
        api.post(BASE + "/" + id + "/register", "", TestTokens.secretariat(jwt));
        return id;
    }

    private static String status(Api api, String id, String token) {
        return (String) api.get(BASE + "/" + id, token).get("status");
    }

    private static Map<String, Object> report(Map<String, Object> form, String value) {
        return Map.of("fiscalYear", form.get("fiscalYear"), "lines", lines(form, value));
    }

    private static List<Map<String, Object>> lines(Map<String, Object> form, String value) {
        return ((List<?>) form.get("lines")).stream().map(line -> Map.<String, Object>of(
                "commitmentId", ((Map<?, ?>) line).get("commitmentId"), "valueReached", value,
                "comment", "順調です")).toList();
    }

    private static void assertConflict(HttpClientResponseException e, String code) {
        assertEquals(HttpStatus.CONFLICT, e.getStatus(), Api.body(e));
        assertTrue(Api.body(e).contains("urn:kyoso:problem:" + code), Api.body(e));
    }
}
