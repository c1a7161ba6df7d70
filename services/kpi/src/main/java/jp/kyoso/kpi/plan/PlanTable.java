package jp.kyoso.kpi.plan;

import java.util.List;
import java.util.UUID;

/**
 * A table layout imported into a plan: the header as the sheet wrote it (the export writes it back) and the free-text
 * sections pasted with it.
 */
public record PlanTable(UUID id, String planCode, int position, List<String> header, List<SheetSection> sections) {

    public PlanTable {
        header = List.copyOf(header);
        sections = List.copyOf(sections);
    }

    public SheetLayout layout() {
        return SheetLayout.of(header);
    }
}
