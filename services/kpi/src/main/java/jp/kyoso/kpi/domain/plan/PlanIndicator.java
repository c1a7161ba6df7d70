package jp.kyoso.kpi.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An indicator of a plan as last imported or entered: the sheet's own figures, what the formula says and how the
 * two compare. Identified within its plan by its name, so re-importing a sheet updates rather than duplicates.
 */
public record PlanIndicator(String planCode, int position, String no, String initiative, IndicatorLabel label,
                            SheetValue baseline, SheetValue latest, SheetValue target, BigDecimal reported,
                            List<String> notes, Instant updatedAt, String updatedBy) {

    public PlanIndicator {
        notes = List.copyOf(notes);
    }

    public static PlanIndicator from(String planCode, SheetRow row, Instant at, String by) {
        return new PlanIndicator(planCode, row.row(), row.no(), row.initiative(), row.label(), row.baseline(),
                row.latest(), row.target(), row.reported(), row.notes(), at, by);
    }

    public Achievement achievement() {
        return Achievement.of(baseline, latest, target);
    }

    public AchievementCheck check() {
        return achievement().check(reported, latest, target);
    }

    public ProgressStatus status() {
        return ProgressStatus.of(baseline, latest, target, achievement());
    }
}
