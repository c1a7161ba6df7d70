package jp.kyoso.kpi.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;

/**
 * Whether an indicator keeps pace with the straight line from its baseline to its target: at the date of the
 * latest value, the line says how much of the way should be done; ON_TRACK at or above it, AT_RISK from half of
 * it, OFF_TRACK below (or when going the wrong way). A "keep at this level" target (target = baseline) is
 * MAINTAINED or NOT_MAINTAINED, on the indicator's better side ({@link Direction}).
 */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, MAINTAINED, NOT_MAINTAINED, UNKNOWN;

    private static final double HUNDRED = 100.0;

    public static ProgressStatus of(IndicatorFigures figures) {
        if (figures.maintainTarget() && figures.latest().isNumeric()) {
            return Achievement.maintained(figures.latest(), figures.target(), figures.direction())
                    ? MAINTAINED : NOT_MAINTAINED;
        }
        Achievement achievement = figures.achievement(AchievementConvention.PROGRESS);
        if (!achievement.computable()) {
            return UNKNOWN;
        }
        double done = achievement.exact().doubleValue() / HUNDRED;
        if (done >= 1.0) {
            return ON_TRACK;
        }
        OptionalDouble due = shareDue(figures.baseline(), figures.latest(), figures.target());
        if (due.isEmpty()) {
            return done > 0 ? AT_RISK : OFF_TRACK;
        }
        if (done >= due.getAsDouble()) {
            return ON_TRACK;
        }
        return done > 0 && done >= due.getAsDouble() / 2 ? AT_RISK : OFF_TRACK;
    }

    /**
     * The share of the way from the baseline to the target that the straight line has covered at the latest value's
     * date (0 to 1), or empty when a period cannot be read or the target is not after the baseline.
     */
    static OptionalDouble shareDue(SheetValue baseline, SheetValue latest, SheetValue target) {
        LocalDate from = PeriodDates.endOf(baseline.period()).orElse(null);
        LocalDate to = PeriodDates.endOf(target.period()).orElse(null);
        LocalDate at = PeriodDates.endOf(latest.period()).orElse(null);
        if (from == null || to == null || at == null || !to.isAfter(from)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1.0, Math.max(0.0,
                (double) ChronoUnit.DAYS.between(from, at) / ChronoUnit.DAYS.between(from, to))));
    }
}
