package jp.kyoso.kpi.application;

import java.util.List;
import jp.kyoso.kpi.domain.plan.EvaluationSheet;
import jp.kyoso.kpi.domain.plan.Plan;
import jp.kyoso.kpi.domain.plan.PlanIndicator;

/**
 * What a paste was read as: the sheet (tables, recognised columns, sections, repeated rows) and one indicator per
 * row with a name, as stored (an import) or as it would be stored (a preview: no ids).
 */
public record SheetImport(Plan plan, EvaluationSheet sheet, List<PlanIndicator> indicators) {

    public SheetImport {
        indicators = List.copyOf(indicators);
    }
}
