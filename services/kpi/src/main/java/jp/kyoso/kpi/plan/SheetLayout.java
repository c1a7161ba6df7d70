package jp.kyoso.kpi.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table's header as the sheet wrote it, and where each column's cells are: a blank header cell continues the
 * column on its left (a period and its value in two cells), a written one starts a column of its own (several
 * 実績 columns, one per year). The export writes the same header back.
 */
public final class SheetLayout {

    /** A header cell: what the sheet wrote, the kind of column, and whether it was written or continues its left. */
    private record HeaderCell(String text, Optional<SheetColumn> kind, boolean written) {
    }

    /**
     * A written header cell and what it was recognised as ({@code column} null when not recognised).
     *
     * @param index 0-based position in the header
     */
    public record RecognisedColumn(int index, String header, SheetColumn column) {
    }

    private final List<String> header;
    private final List<HeaderCell> cells;

    private SheetLayout(List<String> header) {
        this.header = List.copyOf(header);
        List<HeaderCell> classified = new ArrayList<>();
        Optional<SheetColumn> left = Optional.empty();
        for (String cell : header) {
            boolean written = !cell.isBlank();
            Optional<SheetColumn> kind = written ? SheetColumn.ofHeader(cell) : left;
            classified.add(new HeaderCell(cell, kind, written));
            left = kind;
        }
        this.cells = List.copyOf(classified);
    }

    public static SheetLayout of(List<String> header) {
        return new SheetLayout(header);
    }

    /**
     * Whether a row is a header: it names at least an indicator (指標名) and a target (目標値) column, and holds no
     * figure (a data row always has some).
     */
    public static boolean isHeader(List<String> row) {
        Set<SheetColumn> kinds = EnumSet.noneOf(SheetColumn.class);
        for (String cell : row) {
            if (cell.isBlank()) {
                continue;
            }
            if (SheetValueParser.parse(cell).isNumeric()) {
                return false;
            }
            SheetColumn.ofHeader(cell).ifPresent(kinds::add);
        }
        return kinds.contains(SheetColumn.NAME) && kinds.contains(SheetColumn.TARGET);
    }

    public List<String> header() {
        return header;
    }

    public int width() {
        return header.size();
    }

    /** Every written header cell and what it was recognised as. */
    public List<RecognisedColumn> columns() {
        List<RecognisedColumn> columns = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            HeaderCell cell = cells.get(i);
            if (cell.written()) {
                columns.add(new RecognisedColumn(i, SheetValueParser.collapseSpaces(cell.text()),
                        cell.kind().orElse(null)));
            }
        }
        return columns;
    }

    /** The written headers that name no column we know. */
    public List<String> unknownHeaders() {
        return columns().stream().filter(column -> column.column() == null).map(RecognisedColumn::header).toList();
    }

    public Optional<SheetColumn> kindAt(int index) {
        return index < cells.size() ? cells.get(index).kind() : Optional.empty();
    }

    /** Merges "period | value" pairs while the row is wider than the header, so columns line up again. */
    public List<String> align(List<String> row) {
        List<String> aligned = new ArrayList<>(row);
        for (int i = 0; aligned.size() > header.size() && i < aligned.size() - 1; i++) {
            if (SheetValueParser.isPeriodOnly(aligned.get(i)) && !aligned.get(i + 1).isBlank()
                    && !SheetValueParser.isPeriodOnly(aligned.get(i + 1))) {
                aligned.set(i, aligned.get(i) + " " + aligned.remove(i + 1));
            } else if (!aligned.get(i).isBlank() && !SheetValueParser.isPeriodOnly(aligned.get(i))
                    && SheetValueParser.isPeriodOnly(aligned.get(i + 1))
                    && aligned.get(i + 1).strip().matches("^[(（].*[)）]$")) {
                // "47.0% | (2022年)": the period after its value, in a cell of its own.
                aligned.set(i, aligned.get(i) + " " + aligned.remove(i + 1));
            }
        }
        while (aligned.size() < header.size()) {
            aligned.add("");
        }
        return aligned;
    }

    /** The cell indexes of each column of that kind, a written header cell starting a new one. */
    public List<List<Integer>> groups(SheetColumn kind) {
        List<List<Integer>> groups = new ArrayList<>();
        boolean inGroup = false;
        for (int i = 0; i < cells.size(); i++) {
            HeaderCell column = cells.get(i);
            if (column.kind().filter(kind::equals).isEmpty()) {
                inGroup = false;
                continue;
            }
            if (!inGroup || column.written()) {
                groups.add(new ArrayList<>());
                inGroup = true;
            }
            groups.get(groups.size() - 1).add(i);
        }
        return groups;
    }

    /** The text of each column of that kind in an aligned row. */
    public List<String> texts(List<String> row, SheetColumn kind) {
        return groups(kind).stream().map(group -> text(row, group)).toList();
    }

    /** The text of all columns of that kind, joined. */
    public String text(List<String> row, SheetColumn kind) {
        return String.join(" ", texts(row, kind)).strip();
    }

    /** The header a column of cells was written under. */
    public String header(List<Integer> group) {
        return SheetValueParser.collapseSpaces(header.get(group.get(0)));
    }

    /**
     * The value a column holds; a value written without a period takes the one its header names
     * ({@code 2024年（現状値）}).
     */
    public SheetValue value(List<String> row, List<Integer> group) {
        return value(text(row, group), header(group));
    }

    static SheetValue value(String cell, String header) {
        SheetValue value = SheetValueParser.parse(cell);
        String headerPeriod = SheetValueParser.periodOfHeader(header);
        if (value.isEmpty() || value.period() != null || headerPeriod == null || value.notes().contains("新規事業のため")) {
            return value;
        }
        return new SheetValue(headerPeriod, value.number(), value.text(), value.unit(), value.notes());
    }

    /** The first column of that kind holding a value, else the first column, else none. */
    public Optional<List<Integer>> firstFilled(List<String> row, SheetColumn kind) {
        List<List<Integer>> groups = groups(kind);
        return groups.stream().filter(group -> !value(row, group).isEmpty()).findFirst()
                .or(() -> groups.stream().findFirst());
    }

    /** The right-most column of that kind holding a value, else the first column, else none. */
    public Optional<List<Integer>> lastFilled(List<String> row, SheetColumn kind) {
        List<List<Integer>> groups = groups(kind);
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (!value(row, groups.get(i)).isEmpty()) {
                return Optional.of(groups.get(i));
            }
        }
        return groups.stream().findFirst();
    }

    /** Where the row's value of that kind comes from: the latest is the right-most filled column, others the first. */
    public Optional<List<Integer>> source(List<String> row, SheetColumn kind) {
        return kind == SheetColumn.LATEST ? lastFilled(row, kind) : firstFilled(row, kind);
    }

    public SheetValue read(List<String> row, SheetColumn kind) {
        return source(row, kind).map(group -> value(row, group)).orElse(SheetValue.EMPTY);
    }

    private static String text(List<String> row, List<Integer> group) {
        return String.join(" ", group.stream().map(row::get).toList()).strip();
    }
}
