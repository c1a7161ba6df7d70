package jp.kyoso.kpi.plan;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationSheetTest {

    static Stream<String> files() {
        return ShinagawaSheets.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyRowOfEveryShinagawaTableReadsAsAPersonReadsIt(String file) {
        List<SheetRow> rows = EvaluationSheet.read(ShinagawaSheets.text(file)).rows();
        List<ShinagawaSheets.Expected> expected = ShinagawaSheets.expected(file);
        assertEquals(expected.size(), rows.size(), file);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            ShinagawaSheets.Expected want = expected.get(i);
            String where = file + " row " + row.row();
            checks.add(() -> assertEquals(want.name(), row.label().name(), where));
            checks.add(() -> assertEquals(want.sdgRefs(), String.join(",", row.label().sdgRefs()), where));
            checks.add(() -> assertEquals(want.side(), row.label().side(), where));
            checks.add(() -> assertEquals(want.baseline(), describe(row.baseline()), where + " baseline"));
            checks.add(() -> assertEquals(want.latest(), describe(row.latest()), where + " latest"));
            checks.add(() -> assertEquals(want.target(), describe(row.target()), where + " target"));
            checks.add(() -> assertEquals(want.computed(), String.valueOf(row.achievement().rate()), where));
            checks.add(() -> assertEquals(want.reported(),
                    row.reported() == null ? "null" : row.reported().toPlainString(), where));
            checks.add(() -> assertEquals(want.check(), row.check(), where));
        }
        assertAll(checks);
    }

    @Test
    void keepsTheCrossLinkAndTheNotesOfANewProgramme() {
        SheetRow cityLab = EvaluationSheet.read(ShinagawaSheets.text("06-integrated.tsv")).rows().get(0);
        assertEquals("経済→環境", cityLab.label().crossLink());
        assertEquals(List.of("新規事業のため"), cityLab.baseline().notes());
        SheetRow cloud = EvaluationSheet.read(ShinagawaSheets.text("03-initiatives-b.tsv")).rows().get(5);
        assertEquals(List.of("新規事業のため"), cloud.baseline().notes());
    }

    @Test
    void readsAPeriodAndValueSplitOverTwoCellsAndContinuesABlankInitiative() {
        String sheet = """
                No\t取組名\t指標名\t当初値\t実績\t目標値\t達成度
                1\t(環境) 緑化\t屋上緑化面積 【15.1】\t2020年度\t100 ㎡\t2024年度\t150 ㎡\t2030年度\t200 ㎡\t50%
                2\t\t街路樹の本数\t2020年度 1,000 本\t2024年度 900 本\t2030年度 1,200 本\t-50%
                """;
        List<SheetRow> rows = EvaluationSheet.read(sheet).rows();
        assertEquals("2020年度 100 m2", describe(rows.get(0).baseline()));
        assertEquals("2030年度 200 m2", describe(rows.get(0).target()));
        assertEquals(List.of("15.1"), rows.get(0).label().sdgRefs());
        assertEquals("緑化", rows.get(1).initiative());
        assertEquals("ENVIRONMENT", rows.get(1).label().side());
        assertEquals(AchievementCheck.AGREES, rows.get(1).check());
    }

    @Test
    void takesTheRightMostNonEmptyObservationAsTheLatest() {
        String sheet = "指標名\t当初値\t2023年実績\t2024年実績\t2025年実績\t目標値\n"
                + "参加者数\t2022年 10 人\t2023年 12 人\t2024年 15 人\t\t2030年 20 人\n";
        SheetRow row = EvaluationSheet.read(sheet).rows().get(0);
        assertEquals("2024年 15 人", describe(row.latest()));
        assertEquals(new BigDecimal("50.0"), row.achievement().rate());
        assertEquals(AchievementCheck.NOT_REPORTED, row.check());
    }

    @Test
    void namesTheChecksThatAreNotAgreement() {
        String sheet = "指標名\t当初値\t実績\t目標値\t達成度\n"
                + "待機児童数\t2020年 100 人\t2024年 60 人\t2030年 0 人\t-40%\n"
                + "満足度\t2020年 50 %\t2024年 55 %\t2030年 50 %\t10%\n"
                + "件数\t2020年 10 件\t2024年 20 件\t2030年 30 件\t12%\n"
                + "割合\t-\t2024年 30 %\t2030年 60 %\t50%\n";
        List<SheetRow> rows = EvaluationSheet.read(sheet).rows();
        assertEquals(AchievementCheck.REPORTED_SIGN_FLIPPED, rows.get(0).check());
        // Target = baseline: kept at that level (55 ≥ 50) is 100, which the sheet's 10% does not agree with.
        assertEquals(AchievementCheck.DISAGREES, rows.get(1).check());
        assertEquals(new BigDecimal("100.0"), rows.get(1).achievement().rate());
        assertEquals(ProgressStatus.MAINTAINED, rows.get(1).figures().status());
        assertEquals(AchievementCheck.DISAGREES, rows.get(2).check());
        assertEquals(AchievementCheck.AGREES, rows.get(3).check());
        assertTrue(rows.get(3).achievement().notes().contains("当初値がないため0としています"));
    }

    @Test
    void readsTheHearingSheetWithItsGroupsNarrativesPartsAndSummary() {
        EvaluationSheet sheet = EvaluationSheet.read(ShinagawaSheets.text(ShinagawaSheets.HEARING));
        assertEquals(4, sheet.tables().size(), "four tables, the plan-revision table in between skipped");
        assertEquals(List.of("FIELD", "NAME", "BASELINE", "LATEST", "TARGET", "PROGRESS_NOTE"),
                sheet.tables().get(0).layout().columns().stream().map(c -> c.column().name()).toList());
        SheetRow first = sheet.rows().get(0);
        assertEquals(List.of("GROUP", "FIELD", "PROGRESS_NOTE"), first.narratives().stream().map(Narrative::column).toList());
        assertEquals("○「2030年のあるべき姿の実現に向けた優先的なゴール、ターゲット」に記載されている指標",
                first.narratives().get(0).text());
        assertTrue(first.narratives().get(2).text().startsWith("個別の取組をみると未就学児の預かり事業"),
                first.narratives().get(2).text());
        assertEquals("進捗状況や課題等", first.narratives().get(2).header());
        assertEquals("○「自治体SDGsの推進に資する取組」に記載されている指標",
                sheet.rows().get(2).narratives().get(0).text());
        SheetRow pupils = sheet.rows().get(13);
        SheetRow students = sheet.rows().get(14);
        assertEquals(14, pupils.row());
        assertEquals(14, students.row(), "one row of the sheet, two indicators");
        assertTrue(pupils.cells().contains("0.97 (2021年度)"), pupils.cells().toString());
        assertEquals(List.of(), sheet.repeats());
        SheetSection summary = sheet.tables().get(3).sections().get(0);
        assertTrue(summary.title().contains("ヒアリング要旨"), summary.title());
        assertEquals(3, summary.text().lines().count(), summary.text());
    }

    @Test
    void acceptsARepeatedIndicatorAndSaysWhichRowItRepeats() {
        EvaluationSheet sheet = EvaluationSheet.read(ShinagawaSheets.text(ShinagawaSheets.REPEATED));
        assertEquals(List.of(new Repeat(2, 1, "合計特殊出生率"), new Repeat(6, 4, "付加価値額")), sheet.repeats());
        String again = "No\t指標名\t当初値\t実績\t目標値\n1\t件数\t2020年 1 件\t2024年 2 件\t2030年 3 件\n"
                + "2\t件数（再掲）\t2020年 1 件\t2024年 2 件\t2030年 3 件\n";
        assertEquals(List.of(new Repeat(2, 1, "件数（再掲）")), EvaluationSheet.read(again).repeats());
    }

    @Test
    void keepsTheExpertsEvaluationAsASectionOfTheTable() {
        String sheet = ShinagawaSheets.text("01-2030-vision.tsv")
                + "（7）有識者からの取組に対する評価\n子育て施策の成果が出ている。\n引き続き注視したい。\n";
        SheetTable table = EvaluationSheet.read(sheet).tables().get(0);
        assertEquals(8, table.rows().size());
        assertEquals(List.of(new SheetSection("（7）有識者からの取組に対する評価", "子育て施策の成果が出ている。\n引き続き注視したい。")),
                table.sections());
    }

    @Test
    void readsPeriodsAfterValuesInCellsOfTheirOwnAndFromTheHeader() {
        String sheet = "指標名\t当初値\t\t2024年（現状値）\t2030年（目標値）\t方向\n"
                + "待機児童数\t0 人\t(2020年)\t0 人\t0 人\t減少\n";
        SheetRow row = EvaluationSheet.read(sheet).rows().get(0);
        assertEquals("2020年 0 人", describe(row.baseline()));
        assertEquals("2024年 0 人", describe(row.latest()));
        assertEquals("2030年 0 人", describe(row.target()));
        assertEquals(Direction.LOWER_IS_BETTER, row.figures().direction());
        assertEquals(ProgressStatus.MAINTAINED, row.figures().status());
    }

    @Test
    void leavesOurExportsOwnColumnsOutWhereverTheyStand() {
        String sheet = "指標名\t照合\t当初値\t達成度（計算）\t実績\t目標値\n"
                + "件数\tAGREES\t2020年 10 件\t50.0%\t2024年 20 件\t2030年 30 件\n";
        SheetTable table = EvaluationSheet.read(sheet).tables().get(0);
        assertEquals(List.of("指標名", "当初値", "実績", "目標値"), table.layout().header());
        SheetRow row = table.rows().get(0);
        assertEquals(List.of("件数", "2020年 10 件", "2024年 20 件", "2030年 30 件"), row.cells());
        assertEquals("2024年 20 件", describe(row.latest()));
    }

    @Test
    void refusesTextThatIsNotATable() {
        assertEquals("sheet.unknownHeader", assertThrows(SheetFormatException.class,
                () -> EvaluationSheet.read("指標名\t担当\t目標値\n件数\t環境課\t2030年 3 件\n")).code());
        assertEquals("sheet.empty", assertThrows(SheetFormatException.class, () -> EvaluationSheet.read(" \n")).code());
        assertEquals("sheet.header",
                assertThrows(SheetFormatException.class, () -> EvaluationSheet.read("a\tb\n1\t2\n")).code());
    }

    /** "period figure unit" as the expectations write it; "-" for a missing period. */
    static String describe(SheetValue value) {
        if (value.isEmpty()) {
            return "";
        }
        String period = value.period() == null ? "-" : value.period();
        String figure = value.isNumeric() ? value.number().toPlainString() : value.text();
        return period + " " + figure + (value.unit() == null ? "" : " " + value.unit());
    }
}
