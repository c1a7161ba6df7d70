package jp.kyoso.kpi.domain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table pasted from a Cabinet Office progress sheet (様式1) or a plan's KPI table, read row by row. Headers
 * vary from sheet to sheet ({@link SheetColumn#ofHeader}); a blank header continues the column on its left; a row
 * with more cells than the header had its period and value put into two cells; a blank 取組名 continues the row
 * above; of several 実績 columns the right-most non-empty one is the latest.
 */
public final class EvaluationSheet {

    /** A sheet longer than this is not an evaluation sheet; it keeps one request from holding the service. */
    public static final int MAX_ROWS = 2000;

    private final List<SheetRow> rows;

    private EvaluationSheet(List<SheetRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<SheetRow> rows() {
        return rows;
    }

    public static EvaluationSheet read(String text) {
        List<List<String>> table = TabSeparatedText.rows(text == null ? "" : text);
        if (table.isEmpty()) {
            throw new SheetFormatException("sheet.empty", "The sheet is empty");
        }
        if (table.size() > MAX_ROWS + 1) {
            throw new SheetFormatException("sheet.tooLong", "More than " + MAX_ROWS + " rows");
        }
        List<HeaderCell> header = classify(table.get(0));
        Set<SheetColumn> present = EnumSet.noneOf(SheetColumn.class);
        header.forEach(cell -> cell.kind().ifPresent(present::add));
        if (!present.contains(SheetColumn.NAME) || !present.contains(SheetColumn.TARGET)) {
            throw new SheetFormatException("sheet.header",
                    "The first row must be the header, with at least 指標名 and 目標値 columns");
        }
        List<SheetRow> rows = new ArrayList<>();
        String initiative = null;
        String initiativeSide = null;
        for (int index = 1; index < table.size(); index++) {
            List<String> cells = alignToHeader(table.get(index), header.size());
            String initiativeCell = String.join(" ", groups(header, cells, SheetColumn.INITIATIVE)).strip();
            if (!initiativeCell.isBlank()) {
                String[] split = IndicatorLabel.splitInitiative(initiativeCell);
                initiativeSide = split[0];
                initiative = split[1];
            }
            List<String> notes = new ArrayList<>();
            IndicatorLabel label = IndicatorLabel.parse(String.join(" ", groups(header, cells, SheetColumn.NAME)), notes);
            if (label.side() == null && initiativeSide != null) {
                label = new IndicatorLabel(label.name(), label.sdgRefs(), initiativeSide, label.crossLink(),
                        label.cumulative());
            }
            SheetValue baseline = first(groups(header, cells, SheetColumn.BASELINE));
            SheetValue latest = last(groups(header, cells, SheetColumn.LATEST));
            SheetValue target = first(groups(header, cells, SheetColumn.TARGET));
            BigDecimal reported = reported(String.join(" ", groups(header, cells, SheetColumn.REPORTED_ACHIEVEMENT)));
            String no = SheetValueParser.clean(String.join(" ", groups(header, cells, SheetColumn.NO)));
            rows.add(new SheetRow(index, no.isEmpty() ? null : no, initiative, label, baseline, latest, target,
                    reported, notes));
        }
        return new EvaluationSheet(rows);
    }

    /** A header cell: the kind of column, and whether it was written (a blank one continues its left neighbour). */
    private record HeaderCell(Optional<SheetColumn> kind, boolean written) {
    }

    private static List<HeaderCell> classify(List<String> headerCells) {
        List<HeaderCell> columns = new ArrayList<>();
        Optional<SheetColumn> left = Optional.empty();
        for (String cell : headerCells) {
            boolean written = !cell.isBlank();
            Optional<SheetColumn> kind = written ? SheetColumn.ofHeader(cell) : left;
            columns.add(new HeaderCell(kind, written));
            left = kind;
        }
        return columns;
    }

    /** Merges "period | value" pairs while the row is wider than the header, so columns line up again. */
    private static List<String> alignToHeader(List<String> cells, int width) {
        List<String> aligned = new ArrayList<>(cells);
        for (int i = 0; aligned.size() > width && i < aligned.size() - 1; i++) {
            if (SheetValueParser.isPeriodOnly(aligned.get(i)) && !aligned.get(i + 1).isBlank()
                    && !SheetValueParser.isPeriodOnly(aligned.get(i + 1))) {
                aligned.set(i, aligned.get(i) + " " + aligned.remove(i + 1));
            }
        }
        while (aligned.size() < width) {
            aligned.add("");
        }
        return aligned;
    }

    /** The text of each column of that kind, a written header cell starting a new one (several 実績 columns). */
    private static List<String> groups(List<HeaderCell> header, List<String> cells, SheetColumn kind) {
        List<String> groups = new ArrayList<>();
        boolean inGroup = false;
        for (int i = 0; i < header.size(); i++) {
            HeaderCell column = header.get(i);
            if (column.kind().filter(kind::equals).isEmpty()) {
                inGroup = false;
                continue;
            }
            if (!inGroup || column.written()) {
                groups.add(cells.get(i));
                inGroup = true;
            } else {
                groups.set(groups.size() - 1, groups.get(groups.size() - 1) + " " + cells.get(i));
            }
        }
        return groups;
    }

    private static SheetValue first(List<String> groups) {
        return groups.stream().map(SheetValueParser::parse).filter(value -> !value.isEmpty()).findFirst()
                .orElseGet(() -> groups.isEmpty() ? SheetValue.EMPTY : SheetValueParser.parse(groups.get(0)));
    }

    private static SheetValue last(List<String> groups) {
        SheetValue latest = groups.isEmpty() ? SheetValue.EMPTY : SheetValueParser.parse(groups.get(0));
        for (String group : groups) {
            SheetValue value = SheetValueParser.parse(group);
            if (!value.isEmpty()) {
                latest = value;
            }
        }
        return latest;
    }

    private static BigDecimal reported(String cell) {
        return SheetValueParser.parse(cell.replace("%", " ").replace("％", " ")).number();
    }
}
