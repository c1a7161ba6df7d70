package jp.kyoso.kpi.partnership;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partnership KPIs as open data: one CSV row per figure, named by its path in the JSON answer
 * ({@code cityLab.newCollaborationProjects.inYear}, {@code declarations.activeByGoal[7].active}), so the file and
 * the API always carry the same figures. UTF-8 with a BOM so that Excel reads the Japanese labels.
 */
final class PartnershipOpenData {

    static final String HEADER = "fiscal_year,figure,value";
    /** Per-section repeats of the year and its labels; the file has the year in its own column. */
    private static final Set<String> SKIPPED = Set.of("fiscalYear", "label", "periodFrom", "periodTo");
    /** The field that names an element of a list: an organisation type, a goal, a meeting kind. */
    private static final List<String> ELEMENT_KEYS = List.of("type", "sdgGoal", "kind", "dimension");

    private PartnershipOpenData() {
    }

    static String csv(int fiscalYear, JsonNode kpis) {
        List<String> rows = new ArrayList<>();
        walk(kpis, "", rows, fiscalYear);
        return "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private static void walk(JsonNode node, String path, List<String> rows, int fiscalYear) {
        if (node.isNumber()) {
            rows.add(fiscalYear + "," + path + "," + node.getNumberValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                if (!SKIPPED.contains(entry.getKey())) {
                    walk(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), rows,
                            fiscalYear);
                }
            }
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node.values()) {
                walk(element, path + "[" + elementName(element, index++) + "]", rows, fiscalYear);
            }
        }
    }

    private static String elementName(JsonNode element, int index) {
        if (element.isObject()) {
            for (String key : ELEMENT_KEYS) {
                JsonNode name = element.get(key);
                if (name != null) {
                    return name.coerceStringValue();
                }
            }
        }
        return Integer.toString(index);
    }
}
