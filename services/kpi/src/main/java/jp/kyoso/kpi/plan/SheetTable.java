package jp.kyoso.kpi.plan;

import java.util.List;

/**
 * One table of a paste: its header (layout), its indicator rows and the free-text sections written below it.
 *
 * @param index 0-based position in the paste
 */
public record SheetTable(int index, SheetLayout layout, List<SheetRow> rows, List<SheetSection> sections) {

    public SheetTable {
        rows = List.copyOf(rows);
        sections = List.copyOf(sections);
    }
}
