package jp.kyoso.kpi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.kyoso.kpi.domain.plan.ShinagawaSheets;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The evaluation-sheet import contract over HTTP, on a real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanImportIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_plan_it");
    }

    @Test
    void everyShinagawaTableImportsAndAnswersRowByRow() {
        String plan = newPlan();
        for (String file : ShinagawaSheets.FILES) {
            List<Map<String, Object>> rows = rows(importSheet(plan, ShinagawaSheets.text(file)));
            List<ShinagawaSheets.Expected> expected = ShinagawaSheets.expected(file);
            assertEquals(expected.size(), rows.size(), file);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                ShinagawaSheets.Expected want = expected.get(i);
                String where = file + " row " + (i + 1);
                assertEquals(i + 1, row.get("row"), where);
                assertEquals(want.name(), row.get("name"), where);
                assertEquals(want.sdgRefs(), String.join(",", strings(row.get("sdgRefs"))), where);
                assertSameNumber(want.computed(), row.get("computedAchievement"), where);
                assertSameNumber(want.reported(), row.get("reportedAchievement"), where);
                assertEquals(want.check().name(), row.get("check"), where);
            }
        }
        List<Map<String, Object>> stored = indicators(plan);
        assertEquals(ShinagawaSheets.FILES.stream().mapToInt(file -> ShinagawaSheets.expected(file).size()).sum(),
                stored.size());
        Map<String, Object> birthRate = stored.stream().filter(row -> "合計特殊出生率".equals(row.get("name")))
                .findFirst().orElseThrow();
        assertEquals(Map.of("period", "2022年", "value", 1.11), withoutNulls(birthRate.get("baseline")));
        assertEquals("OFF_TRACK", birthRate.get("status"));
    }

    @Test
    void theExportedSheetImportsAgainToTheSameFigures() {
        String plan = newPlan();
        importSheet(plan, ShinagawaSheets.text("02-initiatives-a.tsv"));
        String tsv = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan + "/sheet.tsv"));
        assertTrue(tsv.startsWith("No\t指標名\t当初値\t実績\t目標値\t達成度(%)\n"), tsv);
        assertTrue(tsv.contains("\tオアシスルーム利用者数\t2023年度 21,771 人\t2024年度 20,524 人\t2026年度 30,623 人\t-14.1%"), tsv);

        String copy = newPlan();
        List<Map<String, Object>> again = rows(importSheet(copy, tsv));
        List<Map<String, Object>> original = indicators(plan);
        assertEquals(original.size(), again.size());
        for (int i = 0; i < again.size(); i++) {
            assertEquals(original.get(i).get("computedAchievement"), again.get(i).get("computedAchievement"));
            assertEquals(original.get(i).get("latest"), again.get(i).get("latest"));
        }
        HttpResponse<byte[]> csv = http.toBlocking().exchange(
                HttpRequest.GET("/api/kpi/plans/" + plan + "/sheet.csv"), byte[].class);
        byte[] body = csv.body();
        assertEquals((byte) 0xEF, body[0], "UTF-8 BOM so that Excel reads Japanese");
        assertTrue(new String(body, StandardCharsets.UTF_8).contains("\"2023年度 21,771 人\""));
    }

    @Test
    void aBadSheetIsRefusedFieldByFieldAndChangesNothing() {
        String plan = newPlan();
        importSheet(plan, ShinagawaSheets.text("06-integrated.tsv"));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> importSheet(plan, "名前\t値\n自殺死亡率\t11.6\n"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"sheet\"") && problem.contains("指標名"), problem);
        assertEquals(6, indicators(plan).size());
    }

    @Test
    void plansHaveUniqueCodesAndOnlyStaffOrTheSecretariatImport() {
        String plan = newPlan();
        HttpClientResponseException duplicate = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(asSecretariat(HttpRequest.POST("/api/kpi/plans",
                        Map.of("code", plan, "name", "重複")))));
        assertEquals(HttpStatus.CONFLICT, duplicate.getStatus());

        HttpClientResponseException member = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/kpi/plans/" + plan + "/sheets", "x")
                        .contentType(PlanController.TSV)
                        .bearerAuth(TestTokens.member(tokens, UUID.randomUUID()))));
        assertEquals(HttpStatus.FORBIDDEN, member.getStatus());
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/kpi/plans/" + plan + "/sheets", "x")
                        .contentType(PlanController.TSV)));
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                () -> importSheet("no-such-plan", ShinagawaSheets.text("06-integrated.tsv")));
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
        HttpClientResponseException badCode = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(asSecretariat(HttpRequest.POST("/api/kpi/plans",
                        Map.of("code", "計画 1", "name", "")))));
        String problem = badCode.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"code\"") && problem.contains("\"field\":\"name\""), problem);
    }

    private String newPlan() {
        String code = "shinagawa-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<Map<String, Object>> created = http.toBlocking().exchange(asSecretariat(
                HttpRequest.POST("/api/kpi/plans", Map.of("code", code, "name", "品川区SDGs未来都市計画"))),
                Argument.mapOf(String.class, Object.class));
        assertEquals(HttpStatus.CREATED, created.getStatus());
        return code;
    }

    private Map<String, Object> importSheet(String plan, String sheet) {
        return http.toBlocking().retrieve(asStaff(HttpRequest.POST("/api/kpi/plans/" + plan + "/sheets", sheet)
                .contentType(PlanController.TSV)), Argument.mapOf(String.class, Object.class));
    }

    private List<Map<String, Object>> indicators(String plan) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan + "/indicators"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Object value) {
        Map<String, Object> map = new HashMap<>((Map<String, Object>) value);
        map.values().removeIf(Objects::isNull);
        return map;
    }

    private static void assertSameNumber(String expected, Object actual, String where) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())) == 0,
                where + ": expected " + expected + " but was " + actual);
    }

    private <T> MutableHttpRequest<T> asSecretariat(MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.secretariat(tokens));
    }

    private <T> MutableHttpRequest<T> asStaff(MutableHttpRequest<T> request) {
        return request.bearerAuth(TestTokens.staff(tokens, UUID.randomUUID()));
    }
}
