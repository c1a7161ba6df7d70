package jp.kyoso.kpi.domain.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether an indicator keeps pace with the straight line from its baseline to its target: at the date of the
 * latest value, the line says how much of the way should be done; ON_TRACK at or above it, AT_RISK from half of
 * it, OFF_TRACK below (or when going the wrong way).
 */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, UNKNOWN;

    private static final double HUNDRED = 100.0;

    public static ProgressStatus of(SheetValue baseline, SheetValue latest, SheetValue target, Achievement achievement) {
        if (!achievement.computable()) {
            return UNKNOWN;
        }
        double done = achievement.exact().doubleValue() / HUNDRED;
        if (done >= 1.0) {
            return ON_TRACK;
        }
        LocalDate from = PeriodDates.endOf(baseline.period()).orElse(null);
        LocalDate to = PeriodDates.endOf(target.period()).orElse(null);
        LocalDate at = PeriodDates.endOf(latest.period()).orElse(null);
        if (from == null || to == null || at == null || !to.isAfter(from)) {
            return done > 0 ? AT_RISK : OFF_TRACK;
        }
        double due = Math.min(1.0, Math.max(0.0,
                (double) ChronoUnit.DAYS.between(from, at) / ChronoUnit.DAYS.between(from, to)));
        if (done >= due) {
            return ON_TRACK;
        }
        return done > 0 && done >= due / 2 ? AT_RISK : OFF_TRACK;
    }
}
