package jp.kyoso.kpi.plan;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
            assertRowsAsExpected(file, rows);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(i + 1, rows.get(i).get("row"), file + " row " + (i + 1));
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
        assertTrue(tsv.startsWith("No\t取組名\t指標名\t当初値\t2024年実績\t2026年目標値\t達成度(%)\t達成度（計算）\t照合\n"),
                "the imported layout, plus the computed rate and the cross-check: " + tsv);
        assertTrue(tsv.contains("\t(社会) 子育て環境の整備\tオアシスルーム利用者数\t2023年度 21,771 人\t2024年度 20,524 人"
                + "\t2026年度 30,623 人\t-14%\t-14.1%\tAGREES\n"), tsv);

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
    void theHearingSheetImportsRowByRowWithItsNarrativesAndSummary() {
        String plan = newPlan();
        Map<String, Object> answer = importSheet(plan, ShinagawaSheets.text(ShinagawaSheets.HEARING));
        assertRowsAsExpected(ShinagawaSheets.HEARING, rows(answer));
        List<Map<String, Object>> rows = rows(answer);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 15),
                rows.stream().map(row -> row.get("row")).toList(), "one sheet row, two indicators (児童, 生徒)");
        Map<String, Object> first = rows.get(0);
        assertEquals(Map.of("period", "2024年", "value", 58.3, "unit", "%"), withoutNulls(first.get("latest")));
        // The sheet's target figure (目標値) is targetValue, so it is not taken for an SDG target.
        assertEquals(60.0, ((Number) withoutNulls(first.get("targetValue")).get("value")).doubleValue(),
                first.toString());
        List<Map<String, Object>> narratives = maps(first.get("narratives"));
        assertEquals(List.of("GROUP", "FIELD", "PROGRESS_NOTE"), narratives.stream().map(n -> n.get("column")).toList());
        assertTrue(narratives.get(2).get("text").toString().startsWith("個別の取組をみると"), narratives.toString());
        List<Map<String, Object>> tables = maps(answer.get("tables"));
        assertEquals(List.of("分野", "指標名", "当初値", "現在値", "目標値", "進捗状況や課題等"),
                maps(tables.get(0).get("columns")).stream().map(c -> c.get("header")).toList());
        assertEquals(List.of("FIELD", "NAME", "BASELINE", "LATEST", "TARGET", "PROGRESS_NOTE"),
                maps(tables.get(0).get("columns")).stream().map(c -> c.get("column")).toList());

        Map<String, Object> stored = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan),
                Argument.mapOf(String.class, Object.class));
        List<Map<String, Object>> sections = maps(maps(stored.get("tables")).get(0).get("sections"));
        assertTrue(sections.get(0).get("title").toString().contains("ヒアリング要旨"), sections.toString());
        assertEquals(16, indicators(plan).size());
        assertEquals("進捗状況や課題等", maps(indicators(plan).get(0).get("narratives")).get(2).get("header"));
    }

    @Test
    void aTableRepeatingAnIndicatorImportsEveryRowAndSaysWhichRepeatsWhich() {
        String plan = newPlan();
        Map<String, Object> answer = importSheet(plan, ShinagawaSheets.text(ShinagawaSheets.REPEATED));
        assertRowsAsExpected(ShinagawaSheets.REPEATED, rows(answer));
        assertEquals(List.of(Map.of("row", 2, "repeatsRow", 1, "name", "合計特殊出生率"),
                Map.of("row", 6, "repeatsRow", 4, "name", "付加価値額")), answer.get("repeats"));
        assertEquals(Arrays.asList(null, 1, null, null, null, 4, null),
                rows(answer).stream().map(row -> row.get("repeatOf")).toList());
        assertEquals(7, indicators(plan).size(), "every row is an indicator of its own");

        importSheet(plan, ShinagawaSheets.text(ShinagawaSheets.REPEATED));
        assertEquals(7, indicators(plan).size(), "a re-import updates the same seven");
    }

    @Test
    void everyLayoutExportsAndImportsAgainToTheSameFigures() {
        for (String file : ShinagawaSheets.ALL) {
            String plan = newPlan();
            importSheet(plan, ShinagawaSheets.text(file));
            String tsv = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan + "/sheet.tsv"));
            assertTrue(tsv.startsWith(ShinagawaSheets.text(file).lines().filter(line -> line.contains("指標名"))
                    .findFirst().orElseThrow()), file + " keeps its header: " + tsv);
            String copy = newPlan();
            importSheet(copy, tsv);
            List<Map<String, Object>> original = indicators(plan);
            List<Map<String, Object>> again = indicators(copy);
            assertEquals(original.size(), again.size(), file);
            for (int i = 0; i < again.size(); i++) {
                for (String field : List.of("name", "sdgRefs", "side", "baseline", "latest", "targetValue",
                        "computedAchievement", "reportedAchievement", "check", "status", "narratives")) {
                    assertEquals(original.get(i).get(field), again.get(i).get(field), file + " row " + (i + 1) + " " + field);
                }
            }
            String exportedAgain = http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + copy + "/sheet.tsv"));
            assertEquals(tsv, exportedAgain, file + ": the export of the re-import is the same file");
        }
    }

    @Test
    void thePreviewShowsTheRecognisedColumnsAndStoresNothing() {
        String plan = newPlan();
        Map<String, Object> preview = http.toBlocking().retrieve(asStaff(HttpRequest.POST(
                "/api/kpi/plans/" + plan + "/sheets/preview", ShinagawaSheets.text("01-2030-vision.tsv"))
                .contentType(PlanController.TSV)), Argument.mapOf(String.class, Object.class));
        assertEquals(false, preview.get("stored"));
        assertEquals(List.of("NO", "NAME", "BASELINE", "LATEST", "TARGET", "REPORTED_ACHIEVEMENT"),
                maps(maps(preview.get("tables")).get(0).get("columns")).stream().map(c -> c.get("column")).toList());
        assertEquals(8, rows(preview).size());
        assertEquals(0, indicators(plan).size());
    }

    @Test
    void thePlansConventionDecidesTheRateAndTheCrossCheckNamesTheSheets() {
        String plan = newPlan();
        importSheet(plan, ShinagawaSheets.text("03-initiatives-b.tsv"));
        Map<String, Object> plastic = indicators(plan).get(6);
        assertSameNumber("350.0", plastic.get("computedAchievement"), "progress");
        assertEquals("REPORTED_IS_CURRENT_OVER_TARGET", plastic.get("check"));
        assertEquals("CURRENT_OVER_TARGET", plastic.get("reportedConvention"));
        assertEquals("LOWER_IS_BETTER", plastic.get("direction"));

        Map<String, Object> changed = http.toBlocking().retrieve(asSecretariat(HttpRequest.PUT(
                "/api/kpi/plans/" + plan + "/settings", Map.of("achievementConvention", "CURRENT_OVER_TARGET"))),
                Argument.mapOf(String.class, Object.class));
        assertEquals("CURRENT_OVER_TARGET", changed.get("achievementConvention"));
        plastic = indicators(plan).get(6);
        assertSameNumber("91.9", plastic.get("computedAchievement"), "current ÷ target");
        assertEquals("AGREES", plastic.get("check"));
        assertEquals("CURRENT_OVER_TARGET", plastic.get("achievementConvention"));

        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(asSecretariat(HttpRequest.PUT("/api/kpi/plans/" + plan + "/settings",
                        Map.of("achievementConvention", "GUESS")))));
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
        assertEquals("CURRENT_OVER_TARGET", http.toBlocking().retrieve(HttpRequest.GET("/api/kpi/plans/" + plan),
                Argument.mapOf(String.class, Object.class)).get("achievementConvention"));
    }

    @Test
    void anUnknownHeaderIsNamedInJapaneseAndEnglish() {
        String plan = newPlan();
        String sheet = "指標名\t当初値\t担当課\t目標値\n件数\t2020年 1 件\t環境課\t2030年 2 件\n";
        HttpClientResponseException japanese = assertThrows(HttpClientResponseException.class,
                () -> importSheet(plan, sheet));
        String problem = japanese.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"sheet\"") && problem.contains("見出し「担当課」"), problem);
        HttpClientResponseException english = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(asStaff(HttpRequest.POST("/api/kpi/plans/" + plan + "/sheets", sheet)
                        .contentType(PlanController.TSV).header("Accept-Language", "en"))));
        String inEnglish = english.getResponse().getBody(String.class).orElseThrow();
        assertTrue(inEnglish.contains("The column headed") && inEnglish.contains("担当課"), inEnglish);
        assertEquals(0, indicators(plan).size());
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

    private static void assertRowsAsExpected(String file, List<Map<String, Object>> rows) {
        List<ShinagawaSheets.Expected> expected = ShinagawaSheets.expected(file);
        assertEquals(expected.size(), rows.size(), file);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            ShinagawaSheets.Expected want = expected.get(i);
            String where = file + " row " + (i + 1);
            assertEquals(want.name(), row.get("name"), where);
            assertEquals(want.sdgRefs(), String.join(",", strings(row.get("sdgRefs"))), where);
            assertEquals(want.side(), row.get("side"), where);
            assertSameNumber(want.computed(), row.get("computedAchievement"), where);
            assertEquals(want.reported(), String.valueOf(row.get("reportedAchievement")), where);
            assertEquals(want.check().name(), row.get("check"), where);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
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
