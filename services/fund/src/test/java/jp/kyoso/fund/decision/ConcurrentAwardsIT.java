package jp.kyoso.fund.decision;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.fund.shared.FundRequests;
import jp.kyoso.fund.organisation.OrganisationReplicaRepository;
import jp.kyoso.fund.shared.FundHttp;
import jp.kyoso.fund.shared.PlatformEvents;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many awards at once, on one call and on two calls sharing the fund: the call's budget cap and the fund's available
 * balance both hold, and the balance never goes negative.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentAwardsIT implements TestPropertyProvider {

    private static final int APPLICATIONS_PER_CALL = 8;
    private static final long REQUEST = 1_000_000;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("fund_concurrent_awards_it");
    }

    @Test
    void parallelAwardsNeverExceedTheCallBudgetNorTheFundBalance() throws Exception {
        FundHttp api = new FundHttp(client, jwt);
        String secretariat = api.secretariat();
        UUID applicant = PlatformEvents.approvedOrganisation("並行申請テスト株式会社", OrganisationType.COMPANY);
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(applicant));

        // The fund holds 6.5M received; call one's cap is 5M, call two's 4M: together they ask 16M.
        Map<String, Object> city = api.post(secretariat, "/api/fund/contributions", Map.of("contributorKind", "CITY",
                "contributorName", "品川区", "pledgedYen", 6_500_000));
        api.post(secretariat, "/api/fund/contributions/" + city.get("id") + "/receipts", Map.of("amountYen", 6_500_000));
        List<String> applications = new ArrayList<>();
        applications.addAll(closedCallWithApplications(api, applicant, 5_000_000));
        applications.addAll(closedCallWithApplications(api, applicant, 4_000_000));

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (String application : applications) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    api.post(secretariat, "/api/fund/applications/" + application + "/award",
                            Map.of("awardedYen", REQUEST, "outOfRankReason", "並行テスト"));
                    return true;
                } catch (HttpClientResponseException e) {
                    assertTrue(e.getStatus().getCode() == 400 || e.getStatus().getCode() == 409,
                            FundHttp.body(e));
                    return false;
                }
            }));
        }
        start.countDown();
        long awarded = 0;
        for (Future<Boolean> outcome : outcomes) {
            if (outcome.get()) {
                awarded++;
            }
        }
        pool.shutdown();

        Map<String, Object> balance = api.get(secretariat, "/api/fund/balance");
        assertEquals(6, awarded, "6.5M of received money pays six 1M awards, not more");
        assertEquals(6_000_000, ((Number) balance.get("awardedYen")).longValue());
        assertEquals(500_000, ((Number) balance.get("availableYen")).longValue());
        for (Map<String, Object> call : api.items(secretariat, "/api/fund/calls?size=100")) {
            assertTrue(((Number) call.get("awardedYen")).longValue() <= ((Number) call.get("budgetYen")).longValue());
        }
        long awardedOnCalls = api.items(secretariat, "/api/fund/calls?size=100").stream()
                .mapToLong(call -> ((Number) call.get("awardedYen")).longValue()).sum();
        assertEquals(6_000_000, awardedOnCalls);
        // Nothing left to award: one more attempt on an undecided application is refused on the balance.
        String undecided = applications.stream().filter(id -> "ELIGIBLE".equals(
                api.get(secretariat, "/api/fund/applications/" + id).get("status"))).findFirst().orElseThrow();
        HttpClientResponseException refused = api.refused(HttpRequest.POST("/api/fund/applications/" + undecided
                + "/award", Map.of("awardedYen", 600_000, "outOfRankReason", "残額確認")), secretariat);
        assertEquals(400, refused.getStatus().getCode());
    }

    private List<String> closedCallWithApplications(FundHttp api, UUID applicant, long cap) {
        String secretariat = api.secretariat();
        String callId = (String) api.post(secretariat, "/api/fund/calls", FundRequests.callRequest(cap)).get("id");
        api.post(secretariat, "/api/fund/calls/" + callId + "/open", null);
        List<String> ids = new ArrayList<>();
        String member = api.member(applicant);
        for (int i = 0; i < APPLICATIONS_PER_CALL; i++) {
            String id = (String) api.post(member, "/api/fund/applications",
                    FundRequests.application(callId, REQUEST)).get("id");
            api.post(member, "/api/fund/applications/" + id + "/submit", null);
            ids.add(id);
        }
        api.post(secretariat, "/api/fund/calls/" + callId + "/close", null);
        return ids;
    }
}
