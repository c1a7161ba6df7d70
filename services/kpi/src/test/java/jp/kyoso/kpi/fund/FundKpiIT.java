package jp.kyoso.kpi.fund;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fund's events projected into public KPIs per fiscal year (Tokyo), on real Kafka and PostgreSQL: one call's
 * life from contributions to payments, counted once however often an event is delivered.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundKpiIT implements TestPropertyProvider {

    private static final String CALL = UUID.randomUUID().toString();
    private static final String INVESTOR = UUID.randomUUID().toString();

    @Inject
    @Client("/")
    HttpClient http;

    private final String kafka = TestInfrastructure.get().kafkaBootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_fund_it");
    }

    @Test
    void aCallsMoneyApplicationsAwardsAndPaymentsAreCountedPerFiscalYear() {
        // FY2041: contributions, two applications, one award, a first tranche.
        Instant fy2041 = Instant.parse("2041-06-01T01:00:00Z");
        String city = UUID.randomUUID().toString();
        String bank = UUID.randomUUID().toString();
        FundEventRecords.publish(kafka, new ContributionPledged(city, ContributorKind.CITY, null, "品川区", 10_000_000,
                fy2041, "secretariat"));
        FundEventRecords.publish(kafka, new ContributionReceived(city, ContributorKind.CITY, null, 6_000_000, fy2041,
                "secretariat"));
        FundEventRecords.publish(kafka, new ContributionPledged(bank, ContributorKind.INVESTOR, INVESTOR, "品川信用金庫",
                5_000_000, fy2041, "secretariat"));
        FundEventRecords.publish(kafka, new ContributionReceived(bank, ContributorKind.INVESTOR, INVESTOR, 5_000_000,
                fy2041, "secretariat"));
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        FundEventRecords.publish(kafka, submitted(a, fy2041));
        FundEventRecords.publish(kafka, submitted(b, fy2041));
        FundEventRecords.publish(kafka, new ApplicationAwarded(a, CALL, INVESTOR, 1_500_000, 1_600_000, 1, null,
                fy2041.plusSeconds(86_400), "secretariat"));
        String duplicated = UUID.randomUUID().toString();
        GrantDisbursed firstTranche = new GrantDisbursed(UUID.randomUUID().toString(), a, CALL, INVESTOR, 1, 700_000,
                700_000, fy2041.plusSeconds(172_800), "secretariat");
        for (int delivery = 0; delivery < 3; delivery++) {
            FundEventRecords.publishAs(kafka, duplicated, firstTranche);
        }
        // 2042-03-31T16:00Z is already 2042-04-01 in Tokyo: the second tranche belongs to FY2042.
        FundEventRecords.publish(kafka, new GrantDisbursed(UUID.randomUUID().toString(), a, CALL, INVESTOR, 2, 800_000,
                1_500_000, Instant.parse("2042-03-31T16:00:00Z"), "secretariat"));

        await().atMost(Duration.ofSeconds(30)).until(() -> number(fund(2042), "paidYen") == 800_000);
        Map<String, Object> year = fund(2041);
        assertEquals(Map.of("city", 10_000_000, "investors", 5_000_000, "total", 15_000_000), year.get("pledgedYen"));
        assertEquals(Map.of("city", 6_000_000, "investors", 5_000_000, "total", 11_000_000), year.get("receivedYen"));
        assertEquals(2, number(year, "applications"));
        assertEquals(1, number(year, "awards"));
        assertEquals(1_500_000, number(year, "awardedYen"));
        assertEquals(700_000, number(year, "paidYen"));
        assertEquals(Map.of("receivedYen", 11_000_000, "awardedYen", 1_500_000, "paidYen", 700_000,
                "availableYen", 9_500_000), year.get("cumulative"));

        Map<String, Object> next = fund(2042);
        assertEquals(0, number(next, "applications"));
        assertEquals(Map.of("receivedYen", 11_000_000, "awardedYen", 1_500_000, "paidYen", 1_500_000,
                "availableYen", 9_500_000), next.get("cumulative"));
    }

    @Test
    void anImpossibleFiscalYearIsAFieldError() {
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/fund?fiscalYear=1999"));
            throw new AssertionError("expected 400");
        } catch (HttpClientResponseException e) {
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("fiscalYear"));
        }
    }

    private static ApplicationSubmitted submitted(String applicationId, Instant at) {
        return new ApplicationSubmitted(applicationId, CALL, INVESTOR, "見守りネットワーク事業", List.of("3.8"), 2_400_000,
                1_600_000, at, null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fund(int fiscalYear) {
        Map<String, Object> kpis = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/fund?fiscalYear=" + fiscalYear),
                Map.class);
        assertEquals(fiscalYear, kpis.get("fiscalYear"));
        return kpis;
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
