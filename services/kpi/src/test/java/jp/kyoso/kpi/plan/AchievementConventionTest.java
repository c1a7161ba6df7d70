package jp.kyoso.kpi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plan's convention for 達成度, and the cross-check naming the convention a sheet's own figure follows. */
class AchievementConventionTest {

    /** Baseline 0 at the end of FY2022, target 100 at the end of FY2026, 40 at the end of FY2024 (half the way due). */
    private static IndicatorFigures halfway(String reported) {
        return new IndicatorFigures(SheetValueParser.parse("2022年度 0 件"), SheetValueParser.parse("2024年度 40 件"),
                SheetValueParser.parse("2026年度 100 件"), reported == null ? null : new BigDecimal(reported), null);
    }

    @Test
    void computesEachConvention() {
        IndicatorFigures figures = halfway(null);
        assertEquals(new BigDecimal("40.0"), figures.achievement(AchievementConvention.PROGRESS).rate());
        assertEquals(new BigDecimal("40.0"), figures.achievement(AchievementConvention.CURRENT_OVER_TARGET).rate());
        // 731 of 1,461 days gone: 50.03 due, 40 done.
        assertEquals(new BigDecimal("79.9"), figures.achievement(AchievementConvention.PRO_RATED).rate());
        IndicatorFigures plastic = new IndicatorFigures(SheetValueParser.parse("2023年度 44.4 %"),
                SheetValueParser.parse("2024年度 39.5 %"), SheetValueParser.parse("2026年度 43.0 %"), null, null);
        assertEquals(new BigDecimal("350.0"), plastic.achievement(AchievementConvention.PROGRESS).rate());
        assertEquals(new BigDecimal("91.9"), plastic.achievement(AchievementConvention.CURRENT_OVER_TARGET).rate());
    }

    @Test
    void theCrossCheckNamesTheConventionTheReportedFigureFollows() {
        assertEquals(new CrossCheck(AchievementCheck.AGREES, AchievementConvention.PROGRESS),
                halfway("40").check(AchievementConvention.PROGRESS));
        assertEquals(new CrossCheck(AchievementCheck.REPORTED_IS_PRO_RATED, AchievementConvention.PRO_RATED),
                halfway("80").check(AchievementConvention.PROGRESS));
        assertEquals(new CrossCheck(AchievementCheck.AGREES, AchievementConvention.PRO_RATED),
                halfway("80").check(AchievementConvention.PRO_RATED));
        IndicatorFigures plastic = new IndicatorFigures(SheetValueParser.parse("2023年度 44.4 %"),
                SheetValueParser.parse("2024年度 39.5 %"), SheetValueParser.parse("2026年度 43.0 %"),
                new BigDecimal("92"), null);
        assertEquals(new CrossCheck(AchievementCheck.REPORTED_IS_CURRENT_OVER_TARGET,
                AchievementConvention.CURRENT_OVER_TARGET), plastic.check(AchievementConvention.PROGRESS));
        assertEquals(new CrossCheck(AchievementCheck.AGREES, AchievementConvention.CURRENT_OVER_TARGET),
                plastic.check(AchievementConvention.CURRENT_OVER_TARGET));
        assertEquals(new CrossCheck(AchievementCheck.REPORTED_IS_PROGRESS, AchievementConvention.PROGRESS),
                halfway("40.0").check(AchievementConvention.PRO_RATED));
        assertEquals(new CrossCheck(AchievementCheck.DISAGREES, null), halfway("12").check(AchievementConvention.PROGRESS));
    }

    @Test
    void proRatingNeedsReadablePeriods() {
        IndicatorFigures undated = new IndicatorFigures(SheetValueParser.parse("0 件"), SheetValueParser.parse("40 件"),
                SheetValueParser.parse("100 件"), null, null);
        Achievement achievement = undated.achievement(AchievementConvention.PRO_RATED);
        assertNull(achievement.rate());
        assertEquals("期間が読めないため、按分した目標値を計算できません", achievement.notes().get(0));
    }
}
