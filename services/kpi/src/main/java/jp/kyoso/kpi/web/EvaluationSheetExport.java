package jp.kyoso.kpi.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kyoso.kpi.domain.plan.PlanIndicator;
import jp.kyoso.kpi.domain.plan.SheetValue;

/**
 * Writes indicators back as the Cabinet Office sheet's table (様式1: No, 指標名, 当初値, 実績, 目標値, 達成度), values
 * written the way sheets write them ({@code 2023年度 21,771 人}) so the file can be pasted into the official form,
 * and re-imported here unchanged.
 */
final class EvaluationSheetExport {

    static final List<String> HEADER = List.of("No", "指標名", "当初値", "実績", "目標値", "達成度(%)");

    private EvaluationSheetExport() {
    }

    static String tsv(List<PlanIndicator> indicators) {
        return rows(indicators).stream()
                .map(row -> row.stream().map(cell -> cell.replace('\t', ' ').replace('\n', ' '))
                        .collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String csvWithBom(List<PlanIndicator> indicators) {
        return rows(indicators).stream()
                .map(row -> row.stream().map(EvaluationSheetExport::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
    }

    private static List<List<String>> rows(List<PlanIndicator> indicators) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        int number = 0;
        for (PlanIndicator indicator : indicators) {
            number++;
            BigDecimal rate = indicator.achievement().rate();
            String name = indicator.label().name() + (indicator.label().sdgRefs().isEmpty() ? ""
                    : " 【" + String.join("、", indicator.label().sdgRefs()) + "】");
            rows.add(List.of(indicator.no() == null ? Integer.toString(number) : indicator.no(), name,
                    cell(indicator.baseline()), cell(indicator.latest()), cell(indicator.target()),
                    rate == null ? "" : rate.toPlainString() + "%"));
        }
        return rows;
    }

    static String cell(SheetValue value) {
        List<String> parts = new ArrayList<>();
        if (value.period() != null) {
            parts.add(value.period());
        } else if (value.notes().contains("新規事業のため")) {
            parts.add("新規事業のため");
        }
        if (value.isNumeric()) {
            parts.add(grouped(value.number()));
        } else if (value.text() != null) {
            parts.add(value.text());
        }
        if (value.unit() != null) {
            parts.add(value.unit());
        }
        return String.join(" ", parts);
    }

    private static String grouped(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(number.scale(), 0));
        format.setMaximumFractionDigits(Math.max(number.scale(), 0));
        return format.format(number);
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
