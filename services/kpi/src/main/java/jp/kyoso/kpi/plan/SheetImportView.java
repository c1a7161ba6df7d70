package jp.kyoso.kpi.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import (or its preview) read: every row, the columns each table's header was recognised as, the free-text
 * sections, and which rows repeat which (information, not an error). {@code stored} is false for a preview.
 */
@Serdeable
public record SheetImportView(boolean stored, List<IndicatorView> rows, List<TableView> tables,
                              List<RepeatView> repeats) {

    /** A table of the paste (or of the plan): its recognised columns and its free-text sections. */
    @Serdeable
    public record TableView(int table, List<ColumnView> columns, List<SectionView> sections) {

        static TableView of(int table, SheetLayout layout, List<SheetSection> sections) {
            return new TableView(table, layout.columns().stream().map(column -> new ColumnView(column.index(),
                            column.header(), column.column() == null ? null : column.column().name())).toList(),
                    sections.stream().map(section -> new SectionView(section.title(), section.text())).toList());
        }

        static TableView of(PlanTable table) {
            return of(table.position(), table.layout(), table.sections());
        }
    }

    /** A written header cell and the column it was recognised as (NAME, BASELINE, LATEST, TARGET, ...). */
    @Serdeable
    public record ColumnView(int index, String header, String column) {
    }

    /** A free-text section such as 有識者からの取組に対する評価. */
    @Serdeable
    public record SectionView(String title, String text) {
    }

    /** Row {@code row} names the indicator row {@code repeatsRow} already names. */
    @Serdeable
    public record RepeatView(int row, int repeatsRow, String name) {
    }

    static SheetImportView of(SheetImport read, boolean stored) {
        Map<Integer, Integer> repeatOf = new HashMap<>();
        read.sheet().repeats().forEach(repeat -> repeatOf.put(repeat.row(), repeat.repeatsRow()));
        List<IndicatorView> rows = read.indicators().stream().map(indicator -> IndicatorView.of(indicator,
                read.plan().convention(), List.of(), repeatOf.get(indicator.sheetRow()))).toList();
        List<TableView> tables = read.sheet().tables().stream()
                .map(table -> TableView.of(table.index(), table.layout(), table.sections())).toList();
        List<RepeatView> repeats = read.sheet().repeats().stream().map(SheetImportView::repeat).toList();
        return new SheetImportView(stored, rows, tables, repeats);
    }

    private static RepeatView repeat(Repeat repeat) {
        return new RepeatView(repeat.row(), repeat.repeatsRow(), repeat.name());
    }
}
