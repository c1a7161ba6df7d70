package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One value as an evaluation sheet states it: when ({@code 2023年度}, {@code 2025年7月}), how much and in what unit,
 * or a qualitative statement ({@code 全校実施}) where there is no number.
 *
 * @param period the period as written, or null
 * @param number the figure, or null when the cell is qualitative or empty
 * @param text   the qualitative statement, or null
 * @param unit   the unit as written ({@code 人}, {@code %}, {@code 千t}), or null
 * @param notes  remarks the cell carried ({@code 新規事業のため}) or that reading it produced
 */
public record SheetValue(String period, BigDecimal number, String text, String unit, List<String> notes) {

    public static final SheetValue EMPTY = new SheetValue(null, null, null, null, List.of());

    public SheetValue {
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return number == null && text == null;
    }

    public boolean isNumeric() {
        return number != null;
    }

    public boolean isQualitative() {
        return number == null && text != null;
    }
}
