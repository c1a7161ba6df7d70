package jp.kyoso.kpi.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An indicator of a plan as last imported or entered: the sheet's own figures, what the formula says and how the
 * two compare. Identified within its plan by its name, so re-importing a sheet updates rather than duplicates;
 * {@code id} is null until stored. {@code boundMetric}, when set, names the partnership metric the latest value
 * follows.
 */
public record PlanIndicator(UUID id, String planCode, int position, String no, String initiative,
                            IndicatorLabel label, SheetValue baseline, SheetValue latest, SheetValue target,
                            BigDecimal reported, List<String> notes, Instant updatedAt, String updatedBy,
                            String boundMetric) {

    public PlanIndicator {
        notes = List.copyOf(notes);
    }

    public static PlanIndicator from(String planCode, SheetRow row, Instant at, String by) {
        return new PlanIndicator(null, planCode, row.row(), row.no(), row.initiative(), row.label(), row.baseline(),
                row.latest(), row.target(), row.reported(), row.notes(), at, by, null);
    }

    /** The same indicator with another latest value (an approved observation, or a bound metric's figure). */
    public PlanIndicator withLatest(SheetValue value) {
        return new PlanIndicator(id, planCode, position, no, initiative, label, baseline, value, target, reported,
                notes, updatedAt, updatedBy, boundMetric);
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
