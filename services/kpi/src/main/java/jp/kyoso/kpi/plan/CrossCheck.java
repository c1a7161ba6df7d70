package jp.kyoso.kpi.plan;

import java.math.BigDecimal;

/**
 * The sheet's own 達成度 held against the plan's convention and, when it disagrees, against the other conventions:
 * {@code reportedConvention} names the one the reported figure follows, or is null when it follows none.
 */
public record CrossCheck(AchievementCheck check, AchievementConvention reportedConvention) {

    public static CrossCheck of(IndicatorFigures figures, AchievementConvention planConvention) {
        BigDecimal reported = figures.reported();
        if (reported == null) {
            return new CrossCheck(AchievementCheck.NOT_REPORTED, null);
        }
        Achievement planned = figures.achievement(planConvention);
        if (!planned.computable()) {
            return new CrossCheck(AchievementCheck.NOT_COMPUTABLE, null);
        }
        if (planned.agrees(reported)) {
            return new CrossCheck(AchievementCheck.AGREES, planConvention);
        }
        // In the enum's order: the Cabinet Office's formula first, as it is the one a sheet should follow.
        for (AchievementConvention other : AchievementConvention.values()) {
            if (other != planConvention && figures.achievement(other).agrees(reported)) {
                return new CrossCheck(AchievementCheck.valueOf("REPORTED_IS_" + other.name()), other);
            }
        }
        if (Achievement.within(planned.exact().negate(), reported)) {
            return new CrossCheck(AchievementCheck.REPORTED_SIGN_FLIPPED, null);
        }
        return new CrossCheck(AchievementCheck.DISAGREES, null);
    }
}
