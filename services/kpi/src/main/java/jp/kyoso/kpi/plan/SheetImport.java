package jp.kyoso.kpi.plan;

import java.util.List;

/**
 * What a paste was read as: the sheet (tables, recognised columns, sections, repeated rows) and one indicator per
 * row with a name, as stored (an import) or as it would be stored (a preview: no ids).
 */
public record SheetImport(Plan plan, EvaluationSheet sheet, List<PlanIndicator> indicators) {

    public SheetImport {
        indicators = List.copyOf(indicators);
    }
}
