package jp.kyoso.fund.call;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.FundRequests;
import jp.kyoso.fund.shared.MutableClock;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Time-bound rules with a clock the test drives: the call period (and the call public once opened) and fiscal years
 * (April–March, Tokyo).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallPeriodIT implements TestPropertyProvider {

    private static final Instant OPENS = Instant.parse("2031-05-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2031-06-30T08:00:00Z");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    MutableClock clock;

    @Inject
    OrganisationReplicaRepository organisations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("fund_call_period_it");
        properties.put("test.clock", "mutable");
        return properties;
    }

    @Test
    void applicationsAreTakenOnlyBetweenOpeningAndClosing() {
        FundHttp api = new FundHttp(client, jwt);
        UUID applicant = PlatformEvents.approvedOrganisation("期間テスト合同会社", OrganisationType.SME);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(applicant));
        String member = api.member(applicant);

        clock.set(OPENS.minus(Duration.ofDays(10)));
        Map<String, Object> call = new HashMap<>(FundRequests.callRequest(5_000_000));
        call.put("opensAt", OPENS.toString());
        call.put("closesAt", CLOSES.toString());
        String callId = (String) api.post(api.secretariat(), "/api/fund/calls", call).get("id");
        api.post(api.secretariat(), "/api/fund/calls/" + callId + "/open", null);
        String notAccepting = "409 urn:kyoso:problem:fund.call.notAccepting";
        assertEquals(notAccepting, api.refusal(HttpRequest.POST("/api/fund/applications",
                FundRequests.application(callId, 1_000_000)), member));

        clock.set(OPENS);
        String id = (String) api.post(member, "/api/fund/applications", FundRequests.application(callId, 1_000_000))
                .get("id");
        clock.set(CLOSES);
        assertEquals(notAccepting, api.refusal(HttpRequest.POST("/api/fund/applications/" + id + "/submit", ""),
                member));
        assertEquals("DRAFT", api.get(member, "/api/fund/applications/" + id).get("status"));
        // A draft can still be withdrawn after the close date.
        assertEquals("WITHDRAWN", api.post(member, "/api/fund/applications/" + id + "/withdraw", null).get("status"));

        Map<String, Object> late = new HashMap<>(call);
        late.put("opensAt", CLOSES.minus(Duration.ofDays(30)).toString());
        String lateId = (String) api.post(api.secretariat(), "/api/fund/calls", late).get("id");
        assertEquals("409 urn:kyoso:problem:fund.call.closesInPast",
                api.refusal(HttpRequest.POST("/api/fund/calls/" + lateId + "/open", ""), api.secretariat()));
    }

    @Test
    void aCallIsPublicOnceOpenedAndADraftIsSeenOnlyByTheSecretariat() {
        FundHttp api = new FundHttp(client, jwt);
        clock.set(OPENS.minus(Duration.ofDays(10)));
        String title = "公開テストの公募 " + UUID.randomUUID();
        Map<String, Object> call = new HashMap<>(FundRequests.callRequest(3_000_000));
        call.put("title", title);
        call.put("opensAt", OPENS.toString());
        call.put("closesAt", CLOSES.toString());
        String callId = (String) api.post(api.secretariat(), "/api/fund/calls", call).get("id");
        String search = "/api/fund/calls?size=100&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);

        assertEquals(List.of(), titles(anonymous(search)), "a draft is not public");
        assertEquals(HttpStatus.NOT_FOUND, anonymousStatus("/api/fund/calls/" + callId));
        assertEquals(List.of(), titles(api.get(api.member(UUID.randomUUID()), search)), "nor shown to members");
        assertEquals(List.of(title), titles(api.get(api.secretariat(), search)));

        api.post(api.secretariat(), "/api/fund/calls/" + callId + "/open", null);
        assertEquals(List.of(title), titles(anonymous(search)), "an opened call is public, without an account");
        assertEquals(title, anonymous("/api/fund/calls/" + callId).get("title"));
    }

    private Map<?, ?> anonymous(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }

    private HttpStatus anonymousStatus(String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path)).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    // Services leave an empty list out of their answers.
    private static List<Object> titles(Map<?, ?> page) {
        List<?> items = page.get("items") == null ? List.of() : (List<?>) page.get("items");
        return items.stream().<Object>map(item -> ((Map<?, ?>) item).get("title")).toList();
    }

    @Test
    void statementsFollowTheFiscalYearInTokyo() {
        FundHttp api = new FundHttp(client, jwt);
        String secretariat = api.secretariat();
        // 2033-03-31T14:00Z is 23:00 on 31 March in Tokyo (FY2032); 16:00Z is already 1 April (FY2033).
        clock.set(Instant.parse("2033-03-31T14:00:00Z"));
        Map<String, Object> city = api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind", "CITY",
                "contributorName", "品川区", "pledgedYen", 3_000_000));
        UUID bank = UUID.randomUUID();
        api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind", "INVESTOR",
                "contributorOrganisationId", bank.toString(), "contributorName", "城南信用金庫", "pledgedYen", 2_000_000));
        clock.set(Instant.parse("2033-03-31T16:00:00Z"));
        api.post(secretariat, "/api/fund/contributions/" + city.get("id") + "/receipts", Map.of("amountYen", 1_000_000));

        Map<String, Object> fy2032 = api.get(secretariat, "/api/fund/statements?fiscalYear=2032");
        assertEquals(3_000_000, ((Number) fy2032.get("cityPledgedYen")).longValue());
        assertEquals(2_000_000, ((Number) fy2032.get("privatePledgedYen")).longValue());
        assertEquals(0, ((Number) fy2032.get("cityReceivedYen")).longValue());
        assertEquals(2, ((List<?>) fy2032.get("contributors")).size());
        Map<String, Object> fy2033 = api.get(secretariat, "/api/fund/statements?fiscalYear=2033");
        assertEquals(1_000_000, ((Number) fy2033.get("cityReceivedYen")).longValue());
        assertEquals(0, ((Number) fy2033.get("cityPledgedYen")).longValue());
        assertEquals(1, api.items(secretariat, "/api/fund/ledger?fiscalYear=2033").size());
        assertEquals("400 urn:kyoso:problem:invalid-input", api.refusal(HttpRequest.POST("/api/fund/contributions",
                Map.of("contributorKind", "INVESTOR", "contributorName", "名無し", "pledgedYen", 1)), secretariat));
    }
}
