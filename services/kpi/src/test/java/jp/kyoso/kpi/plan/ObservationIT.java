package jp.kyoso.kpi.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jp.kyoso.kpi.partnership.OrganisationApprovals;

/** Observations reported by staff and decided by the secretariat, and indicators that follow a metric. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservationIT implements TestPropertyProvider {

    private static final String FOOD_DRIVE = "フードドライブで寄付された食品の年間総重量";
    private static final String CITY_LAB = "しながわシティラボによる新規産学官連携事業数";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_observation_it");
    }

    @Test
    void anApprovedValueBecomesTheLatestAndACorrectionKeepsTheOldOneAsHistory() {
        String plan = planWithIntegratedSheet();
        String foodDrive = indicatorId(plan, FOOD_DRIVE);
        String base = "/api/kpi/plans/" + plan + "/indicators/" + foodDrive;

        Map<String, Object> first = submit(base, "2025年度", "4,400", "kg");
        assertEquals("PENDING", first.get("state"));
        assertEquals(Map.of("period", "2024年度", "value", 4235, "unit", "kg"), indicator(plan, FOOD_DRIVE).get("latest"),
                "a pending value does not count");

        decide(base, first, "approve", null);
        Map<String, Object> afterFirst = indicator(plan, FOOD_DRIVE);
        assertEquals(Map.of("period", "2025年度", "value", 4400, "unit", "kg"), afterFirst.get("latest"));
        assertEquals(92.2, ((Number) afterFirst.get("computedAchievement")).doubleValue(), 1e-9);

        Map<String, Object> correction = submit(base, "2025年度", "4,450", null);
        decide(base, correction, "approve", null);
        Map<String, Object> rejected = submit(base, "2026年度", "9,999", "kg");
        decide(base, rejected, "reject", "集計方法の確認が必要です");

        List<Map<String, Object>> history = http.toBlocking().retrieve(asSecretariat(HttpRequest.GET(base + "/observations")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(List.of("SUPERSEDED", "APPROVED", "REJECTED"), history.stream().map(o -> o.get("state")).toList());
        assertEquals(correction.get("id"), history.get(0).get("supersededBy"));
        assertEquals("集計方法の確認が必要です", history.get(2).get("reason"));
        assertEquals(4450, ((Map<?, ?>) indicator(plan, FOOD_DRIVE).get("latest")).get("value"));
        // The trend holds the approved values only: the correction, not the value it superseded, nor the rejected one.
        List<?> trend = (List<?>) indicator(plan, FOOD_DRIVE).get("history");
        assertEquals(1, trend.size(), trend.toString());
        assertEquals("2025年度", ((Map<?, ?>) trend.get(0)).get("period"));
        assertEquals(4450, ((Map<?, ?>) trend.get(0)).get("value"));

        HttpClientResponseException again = assertThrows(HttpClientResponseException.class,
                () -> decide(base, first, "approve", null));
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
    }

    @Test
    void badReportsAreFieldErrorsAndOnlyStaffReportAndOnlyTheSecretariatDecides() {
        String plan = planWithIntegratedSheet();
        String base = "/api/kpi/plans/" + plan + "/indicators/" + indicatorId(plan, FOOD_DRIVE);
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(asStaff(HttpRequest.POST(base + "/observations",
                        Map.of("period", "そのうち", "value", "")))));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        String problem = bad.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"period\"") && problem.contains("\"field\":\"value\""), problem);

        HttpClientResponseException member = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST(base + "/observations",
                        Map.of("period", "2025年度", "value", "1")).bearerAuth(TestTokens.member(jwt, UUID.randomUUID()))));
        assertEquals(HttpStatus.FORBIDDEN, member.getStatus());
        Map<String, Object> pending = submit(base, "2025年度", "4,300", "kg");
        HttpClientResponseException staffApproving = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(asStaff(HttpRequest.POST(
                        base + "/observations/" + pending.get("id") + "/approve", ""))));
        assertEquals(HttpStatus.FORBIDDEN, staffApproving.getStatus());
        HttpClientResponseException noReason = assertThrows(HttpClientResponseException.class,
                () -> decide(base, pending, "reject", " "));
        assertEquals(HttpStatus.BAD_REQUEST, noReason.getStatus());
    }

    @Test
    void anIndicatorBoundToAMetricFollowsTheEvents() {
        String plan = planWithIntegratedSheet();
        String cityLab = indicatorId(plan, CITY_LAB);
        String base = "/api/kpi/plans/" + plan + "/indicators/" + cityLab;
        http.toBlocking().exchange(asSecretariat(HttpRequest.PUT(base + "/binding",
                Map.of("metric", "MEMBER_ORGANISATIONS"))));

        OrganisationApprovals.publish(TestInfrastructure.get().kafkaBootstrapServers(), OrganisationType.COMPANY,
                Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<?, ?> latest = (Map<?, ?>) indicator(plan, CITY_LAB).get("latest");
            return ((Number) latest.get("value")).intValue() == currentMembersInYear();
        });
        assertEquals("MEMBER_ORGANISATIONS", indicator(plan, CITY_LAB).get("boundMetric"));
        assertTrue(currentMembersInYear() >= 1);

        HttpClientResponseException bound = assertThrows(HttpClientResponseException.class,
                () -> submit(base, "2025年度", "3", "件"));
        assertEquals(HttpStatus.CONFLICT, bound.getStatus());
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(asSecretariat(HttpRequest.PUT(base + "/binding",
                        Map.of("metric", "NO_SUCH_METRIC")))));
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
    }

    private int currentMembersInYear() {
        Map<?, ?> kpis = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/partnership"), Map.class);
        return ((Number) ((Map<?, ?>) kpis.get("memberOrganisations")).get("inYear")).intValue();
    }

    private String planWithIntegratedSheet() {
        String code = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(asSecretariat(HttpRequest.POST("/api/kpi/plans", Map.of("code", code, "name", "計画"))));
        http.toBlocking().exchange(asStaff(HttpRequest.POST("/api/kpi/plans/" + code + "/sheets",
                ShinagawaSheets.text("06-integrated.tsv")).contentType(PlanController.TSV)));
        return code;
    }

    private Map<String, Object> indicator(String plan, String name) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan + "/indicators"),
                        Argument.listOf(Argument.mapOf(String.class, Object.class))).stream()
                .filter(row -> name.equals(row.get("name"))).findFirst().orElseThrow();
    }

    private String indicatorId(String plan, String name) {
        return (String) indicator(plan, name).get("id");
    }

    private Map<String, Object> submit(String base, String period, String value, String unit) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("period", period, "value", value));
        if (unit != null) {
            body.put("unit", unit);
        }
        return http.toBlocking().retrieve(asStaff(HttpRequest.POST(base + "/observations", body)),
                Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> decide(String base, Map<String, Object> observation, String decision, String reason) {
        Object body = reason == null ? "" : Map.of("reason", reason);
        return http.toBlocking().retrieve(asSecretariat(HttpRequest.POST(
                base + "/observations/" + observation.get("id") + "/" + decision, body)),
                Argument.mapOf(String.class, Object.class));
    }

    private <T> MutableHttpRequest<T> asSecretariat(MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.secretariat(jwt));
    }

    private <T> MutableHttpRequest<T> asStaff(MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.staff(jwt, UUID.randomUUID()));
    }
}
