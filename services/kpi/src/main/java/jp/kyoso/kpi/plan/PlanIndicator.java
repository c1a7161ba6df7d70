package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An indicator of a plan as last imported or entered: the sheet's own figures, what the formula says and how the
 * two compare. Identified within its plan by its {@link #key()} (name, SDG references, and which repetition of
 * those it is), so re-importing a sheet updates rather than duplicates and a repeated name is a row of its own;
 * {@code id} is null until stored. {@code boundMetric}, when set, names the partnership metric the latest value
 * follows. {@code tableId} names the imported table whose layout the export gives back.
 *
 * @param position   the indicator's place in the plan (import order; kept by re-imports)
 * @param sheetRow   the row it was read from in its last import
 * @param occurrence 1 for the first row of this name and SDG references in an import, 2 for its repetition, ...
 */
public record PlanIndicator(UUID id, String planCode, int position, int sheetRow, int occurrence, UUID tableId,
                            String no, String initiative, IndicatorLabel label, IndicatorFigures figures,
                            List<Narrative> narratives, List<String> cells, List<String> notes, Instant updatedAt,
                            String updatedBy, String boundMetric) {

    public PlanIndicator {
        narratives = List.copyOf(narratives);
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }

    public static PlanIndicator from(String planCode, SheetRow row, int occurrence, UUID tableId, Instant at,
                                     String by) {
        return new PlanIndicator(null, planCode, 0, row.row(), occurrence, tableId, row.no(), row.initiative(),
                row.label(), row.figures(), row.narratives(), row.cells(), row.notes(), at, by, null);
    }

    /** The SDG references as one key: rows of the same name under different goals are different indicators. */
    public static String sdgKey(IndicatorLabel label) {
        return String.join(",", label.sdgRefs());
    }

    public String key() {
        return label.name() + "|" + sdgKey(label) + "|" + occurrence;
    }

    public SheetValue baseline() {
        return figures.baseline();
    }

    public SheetValue latest() {
        return figures.latest();
    }

    public SheetValue target() {
        return figures.target();
    }

    public BigDecimal reported() {
        return figures.reported();
    }

    /** The same indicator with another latest value (an approved observation, or a bound metric's figure). */
    public PlanIndicator withLatest(SheetValue value) {
        return new PlanIndicator(id, planCode, position, sheetRow, occurrence, tableId, no, initiative, label,
                new IndicatorFigures(figures.baseline(), value, figures.target(), figures.reported(),
                        figures.statedDirection()),
                narratives, cells, notes, updatedAt, updatedBy, boundMetric);
    }
}
