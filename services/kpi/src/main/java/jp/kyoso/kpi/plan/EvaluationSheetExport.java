package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a plan back as the sheet it was imported from: each table with its own header and columns, the cells as the
 * sheet wrote them (a value that changed since, e.g. an approved observation, written the way sheets write values:
 * {@code 2023年度 21,771 人}), then the computed 達成度 and the cross-check, group headings above their rows, then
 * the table's free-text sections;
 * tables apart by an empty line. Indicators imported before layouts were kept come last in the Cabinet Office's
 * columns (様式1: No, 指標名, 当初値, 実績, 目標値, 達成度). Re-importing the file gives the same figures.
 */
final class EvaluationSheetExport {

    static final List<String> HEADER = List.of("No", "指標名", "当初値", "実績", "目標値", "達成度(%)");
    static final List<String> ADDED = List.of("達成度（計算）", "照合");

    private final List<PlanTable> tables;
    private final List<PlanIndicator> indicators;
    private final AchievementConvention convention;

    EvaluationSheetExport(List<PlanTable> tables, List<PlanIndicator> indicators, AchievementConvention convention) {
        this.tables = List.copyOf(tables);
        this.indicators = List.copyOf(indicators);
        this.convention = convention;
    }

    static String tsv(EvaluationSheetExport export) {
        return export.rows().stream()
                .map(row -> row.stream().map(EvaluationSheetExport::tsvCell).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String csvWithBom(EvaluationSheetExport export) {
        return export.rows().stream()
                .map(row -> row.stream().map(EvaluationSheetExport::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
    }

    private List<List<String>> rows() {
        Map<UUID, PlanTable> byId = tables.stream().collect(Collectors.toMap(PlanTable::id, Function.identity()));
        Map<PlanTable, List<PlanIndicator>> grouped = new LinkedHashMap<>();
        tables.forEach(table -> grouped.put(table, new ArrayList<>()));
        List<PlanIndicator> legacy = new ArrayList<>();
        for (PlanIndicator indicator : indicators) {
            PlanTable table = indicator.tableId() == null ? null : byId.get(indicator.tableId());
            if (table == null || indicator.cells().isEmpty()) {
                legacy.add(indicator);
            } else {
                grouped.get(table).add(indicator);
            }
        }
        List<List<List<String>>> blocks = new ArrayList<>();
        grouped.forEach((table, rows) -> {
            if (!rows.isEmpty() || !table.sections().isEmpty()) {
                blocks.add(block(table, rows));
            }
        });
        if (!legacy.isEmpty() || blocks.isEmpty()) {
            blocks.add(legacyBlock(legacy));
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<List<String>> block : blocks) {
            if (!rows.isEmpty()) {
                rows.add(List.of());
            }
            rows.addAll(block);
        }
        return rows;
    }

    private List<List<String>> block(PlanTable table, List<PlanIndicator> rows) {
        SheetLayout layout = table.layout();
        List<List<String>> block = new ArrayList<>();
        List<String> header = new ArrayList<>(layout.header());
        header.addAll(ADDED);
        block.add(header);
        String lastGroup = null;
        for (PlanIndicator indicator : rows) {
            String group = indicator.narratives().stream().filter(n -> Narrative.GROUP.equals(n.column()))
                    .map(Narrative::text).findFirst().orElse(null);
            if (group != null && !group.equals(lastGroup)) {
                block.add(heading(layout, group));
            }
            lastGroup = group;
            List<String> cells = cells(layout, indicator);
            cells.add(rate(indicator));
            cells.add(indicator.figures().check(convention).check().name());
            block.add(cells);
        }
        for (SheetSection section : table.sections()) {
            block.add(List.of(section.title()));
            if (!section.text().isEmpty()) {
                block.add(List.of(section.text()));
            }
        }
        return block;
    }

    /** A group heading as sheets write it: alone on its row, in the first column that is not the name's. */
    private static List<String> heading(SheetLayout layout, String text) {
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(layout.width(), ""));
        int column = 0;
        while (column < layout.width() - 1 && layout.kindAt(column).filter(SheetColumn.NAME::equals).isPresent()) {
            column++;
        }
        row.set(column, text);
        return row;
    }

    /** The row's cells as imported; a value that differs from what they read as now is written out anew. */
    private static List<String> cells(SheetLayout layout, PlanIndicator indicator) {
        List<String> cells = new ArrayList<>(indicator.cells());
        while (cells.size() < layout.width()) {
            cells.add("");
        }
        Map<SheetColumn, SheetValue> current = Map.of(SheetColumn.BASELINE, indicator.baseline(),
                SheetColumn.LATEST, indicator.latest(), SheetColumn.TARGET, indicator.target());
        current.forEach((kind, value) -> layout.source(cells, kind).ifPresent(group -> {
            if (!same(layout.value(cells, group), value)) {
                group.forEach(i -> cells.set(i, ""));
                cells.set(group.get(0), cell(value));
            }
        }));
        return cells;
    }

    private List<List<String>> legacyBlock(List<PlanIndicator> rows) {
        List<List<String>> block = new ArrayList<>();
        List<String> header = new ArrayList<>(HEADER);
        header.add(ADDED.get(1));
        block.add(header);
        int number = 0;
        for (PlanIndicator indicator : rows) {
            number++;
            String name = indicator.label().name() + (indicator.label().sdgRefs().isEmpty() ? ""
                    : " 【" + String.join("、", indicator.label().sdgRefs()) + "】");
            block.add(List.of(indicator.no() == null ? Integer.toString(number) : indicator.no(), name,
                    cell(indicator.baseline()), cell(indicator.latest()), cell(indicator.target()), rate(indicator),
                    indicator.figures().check(convention).check().name()));
        }
        return block;
    }

    private String rate(PlanIndicator indicator) {
        BigDecimal rate = indicator.figures().achievement(convention).rate();
        return rate == null ? "" : rate.toPlainString() + "%";
    }

    private static boolean same(SheetValue read, SheetValue value) {
        return Objects.equals(read.period(), value.period()) && Objects.equals(read.text(), value.text())
                && Objects.equals(read.unit(), value.unit())
                && (read.number() == null ? value.number() == null
                        : value.number() != null && read.number().compareTo(value.number()) == 0);
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

    /** Spreadsheets quote a TSV cell holding a line break, a tab or a leading quote, as they do when copying. */
    private static String tsvCell(String cell) {
        return cell.contains("\n") || cell.contains("\t") || cell.startsWith("\"")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
