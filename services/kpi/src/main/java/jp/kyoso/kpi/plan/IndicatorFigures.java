package jp.kyoso.kpi.plan;

import java.math.BigDecimal;

/**
 * An indicator's figures as a sheet gives them, and what follows from them: direction, 達成度 by a convention, the
 * cross-check of the sheet's own 達成度, and the progress status.
 *
 * @param statedDirection the direction a 方向 column stated, or null to read it from the figures
 */
public record IndicatorFigures(SheetValue baseline, SheetValue latest, SheetValue target, BigDecimal reported,
                               Direction statedDirection) {

    public Direction direction() {
        return Direction.of(statedDirection, baseline, target);
    }

    /** A "keep at this level" target: the target equals the baseline. */
    public boolean maintainTarget() {
        return baseline.isNumeric() && target.isNumeric() && baseline.number().compareTo(target.number()) == 0;
    }

    public Achievement achievement(AchievementConvention convention) {
        return Achievement.of(baseline, latest, target, direction(), convention);
    }

    public CrossCheck check(AchievementConvention convention) {
        return CrossCheck.of(this, convention);
    }

    public ProgressStatus status() {
        return ProgressStatus.of(this);
    }
}
