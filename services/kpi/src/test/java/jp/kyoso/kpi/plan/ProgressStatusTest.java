package jp.kyoso.kpi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressStatusTest {

    @Test
    void periodsEndWhereSheetsMeanThem() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), PeriodDates.endOf("2023年度"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), PeriodDates.endOf("2023年度実績"));
        assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), PeriodDates.endOf("2023年"));
        assertEquals(Optional.of(LocalDate.of(2025, 7, 31)), PeriodDates.endOf("2025年7月"));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), PeriodDates.endOf("2024年12月末現在"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), PeriodDates.endOf("令和6年度"));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), PeriodDates.endOf("2024"));
        assertEquals(Optional.empty(), PeriodDates.endOf("新規事業のため"));
        assertEquals(Optional.empty(), PeriodDates.endOf(null));
    }

    @Test
    void comparesProgressWithTheStraightLineFromBaselineToTarget() {
        // Baseline end of FY2022, target end of FY2026: at end of FY2024 half the way is due.
        assertEquals(ProgressStatus.ON_TRACK, status("2024年度", "60"));
        assertEquals(ProgressStatus.AT_RISK, status("2024年度", "30"));
        assertEquals(ProgressStatus.OFF_TRACK, status("2024年度", "10"));
        assertEquals(ProgressStatus.OFF_TRACK, status("2024年度", "-5"));
        assertEquals(ProgressStatus.ON_TRACK, status("2023年度", "30"), "a quarter due, more done");
        assertEquals(ProgressStatus.ON_TRACK, status("2024年度", "120"));
    }

    @Test
    void isUnknownWithoutAComputableRate() {
        SheetValue baseline = SheetValueParser.parse("2022年度 10 人");
        assertEquals(ProgressStatus.UNKNOWN, figures(baseline, SheetValue.EMPTY, SheetValueParser.parse("2026年度 20 人"),
                null).status());
    }

    @Test
    void aKeepAtThisLevelTargetIsMaintainedOnTheIndicatorsBetterSide() {
        SheetValue level = SheetValueParser.parse("2022年度 10 人");
        assertEquals(ProgressStatus.MAINTAINED, figures(level, SheetValueParser.parse("2024年度 12 人"), level, null).status());
        assertEquals(ProgressStatus.NOT_MAINTAINED,
                figures(level, SheetValueParser.parse("2024年度 9 人"), level, null).status());
        assertEquals(ProgressStatus.NOT_MAINTAINED,
                figures(level, SheetValueParser.parse("2024年度 12 人"), level, Direction.LOWER_IS_BETTER).status());
        assertEquals(ProgressStatus.MAINTAINED,
                figures(level, SheetValueParser.parse("2024年度 10 人"), level, Direction.LOWER_IS_BETTER).status());
    }

    @Test
    void aLowerIsBetterIndicatorIsOnTrackWhenItFallsFastEnough() {
        SheetValue baseline = SheetValueParser.parse("2022年度 100 t");
        SheetValue target = SheetValueParser.parse("2026年度 0 t");
        IndicatorFigures falling = figures(baseline, SheetValueParser.parse("2024年度 40 t"), target, null);
        assertEquals(Direction.LOWER_IS_BETTER, falling.direction());
        assertEquals(ProgressStatus.ON_TRACK, falling.status());
        assertEquals(ProgressStatus.OFF_TRACK, figures(baseline, SheetValueParser.parse("2024年度 110 t"), target, null)
                .status());
    }

    private static IndicatorFigures figures(SheetValue baseline, SheetValue latest, SheetValue target, Direction stated) {
        return new IndicatorFigures(baseline, latest, target, null, stated);
    }

    /** Baseline 0 in FY2022, target 100 in FY2026, the latest value {@code latest} in {@code period}. */
    private static ProgressStatus status(String period, String latest) {
        SheetValue baseline = SheetValueParser.parse("2022年度 0 件");
        SheetValue target = SheetValueParser.parse("2026年度 100 件");
        SheetValue observed = SheetValueParser.parse(period + " " + latest + " 件");
        return figures(baseline, observed, target, null).status();
    }
}
