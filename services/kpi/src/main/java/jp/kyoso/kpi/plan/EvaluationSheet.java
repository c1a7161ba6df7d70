package jp.kyoso.kpi.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text pasted from a Cabinet Office progress sheet (様式1), a hearing sheet or a plan's KPI table, read row by row.
 * A paste holds one or more tables, each starting at a header row ({@link SheetLayout#isHeader}); lines above the
 * first header are titles. Headers vary from sheet to sheet ({@link SheetColumn#ofHeader}) and one we do not know is
 * refused by name. A row with a single cell is a group heading ({@code ○「…」に記載されている指標}) for the rows below
 * it, or, when it names one (有識者からの評価, ヒアリング要旨, 進捗状況や課題等), the title of a free-text section whose
 * text runs to the next table. A blank 取組名 continues the row above; of several 実績 columns the right-most
 * non-empty one is the latest; a row whose values hold one figure per labelled part ({@code 児童：0.97 生徒：0.92})
 * becomes one indicator per part. A ■ title that names no section ends the table (lines up to the next header are
 * another kind of table). The same indicator may appear on several rows ({@link #repeats()}).
 */
public final class EvaluationSheet {

    /** A sheet longer than this is not an evaluation sheet; it keeps one request from holding the service. */
    public static final int MAX_ROWS = 2000;

    private static final Pattern SECTION_TITLE = Pattern.compile(".*(有識者|要旨|進捗状況や課題等|評価コメント).*");
    private static final int MAX_TITLE = 80;
    private static final Pattern REPEAT_MARK = Pattern.compile("[(（]\\s*再掲\\s*[)）]");

    private final List<SheetTable> tables;
    private final List<SheetRow> rows;
    private final List<Repeat> repeats;

    private EvaluationSheet(List<SheetTable> tables) {
        this.tables = List.copyOf(tables);
        this.rows = tables.stream().flatMap(table -> table.rows().stream()).toList();
        this.repeats = repeatsOf(rows);
    }

    public List<SheetTable> tables() {
        return tables;
    }

    /** Every indicator row of every table, in the order pasted. */
    public List<SheetRow> rows() {
        return rows;
    }

    /** Rows naming an indicator an earlier row names too (ignoring （再掲）). */
    public List<Repeat> repeats() {
        return repeats;
    }

    public static EvaluationSheet read(String text) {
        List<List<String>> lines = TabSeparatedText.rows(text == null ? "" : text);
        if (lines.isEmpty()) {
            throw new SheetFormatException("sheet.empty", "The sheet is empty");
        }
        if (lines.size() > MAX_ROWS + 1) {
            throw new SheetFormatException("sheet.tooLong", "More than " + MAX_ROWS + " rows");
        }
        List<TableReader> tables = new ArrayList<>();
        int dataRow = 0;
        for (List<String> line : lines) {
            if (SheetLayout.isHeader(line)) {
                SheetLayout layout = SheetLayout.of(line);
                List<String> unknown = layout.unknownHeaders();
                if (!unknown.isEmpty()) {
                    throw new SheetFormatException("sheet.unknownHeader", "Unknown headers " + unknown,
                            String.join("」「", unknown));
                }
                tables.add(new TableReader(tables.size(), layout));
            } else if (!tables.isEmpty() && tables.get(tables.size() - 1).take(line, dataRow + 1)) {
                dataRow++;
            }
        }
        if (tables.isEmpty()) {
            throw new SheetFormatException("sheet.header",
                    "The header row must have at least 指標名 and 目標値 columns");
        }
        return new EvaluationSheet(tables.stream().map(TableReader::table).toList());
    }

    private static List<Repeat> repeatsOf(List<SheetRow> rows) {
        Map<String, Integer> first = new HashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        for (SheetRow row : rows) {
            String name = REPEAT_MARK.matcher(row.label().name()).replaceAll("").strip();
            Integer earlier = first.putIfAbsent(name, row.row());
            if (earlier != null && earlier != row.row()) {
                repeats.add(new Repeat(row.row(), earlier, row.label().name()));
            }
        }
        return repeats;
    }

    /** Reads the lines of one table: indicator rows, group headings and free-text sections. */
    private static final class TableReader {

        private final int index;
        /** The header as pasted, our own export's columns included. */
        private final SheetLayout pasted;
        /** The header without our own export's columns (達成度（計算）, 照合): the layout that is kept. */
        private final SheetLayout layout;
        private final List<Integer> exportOnly = new ArrayList<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private final List<SheetSection> sections = new ArrayList<>();
        private String sectionTitle;
        private final StringBuilder sectionText = new StringBuilder();
        private String group;
        /** After a ■ title that is no section, lines belong to no table until the next header. */
        private boolean closed;
        private String initiative;
        private String initiativeSide;

        TableReader(int index, SheetLayout pasted) {
            this.index = index;
            this.pasted = pasted;
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < pasted.width(); i++) {
                if (pasted.kindAt(i).filter(SheetColumn.EXPORT_ONLY::contains).isPresent()) {
                    exportOnly.add(i);
                } else {
                    kept.add(pasted.header().get(i));
                }
            }
            this.layout = SheetLayout.of(kept);
        }

        /** The line lined up with the pasted header, without the export's own columns. */
        private List<String> kept(List<String> line) {
            List<String> aligned = pasted.align(line);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < aligned.size(); i++) {
                if (!exportOnly.contains(i)) {
                    kept.add(aligned.get(i));
                }
            }
            return layout.align(kept);
        }

        /** Takes a line below the header; true when it was an indicator row. */
        boolean take(List<String> pastedLine, int row) {
            List<String> line = kept(pastedLine);
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < line.size(); i++) {
                if (!line.get(i).isBlank()) {
                    filled.add(i);
                }
            }
            String joined = String.join(" ", filled.stream().map(line::get).toList());
            if (filled.size() == 1 && isSectionTitle(joined)) {
                closeSection();
                closed = false;
                sectionTitle = SheetValueParser.plainText(joined);
                return false;
            }
            if (filled.size() == 1 && SheetValueParser.clean(joined).startsWith("■")) {
                closeSection();
                closed = true;
                return false;
            }
            if (closed) {
                return false;
            }
            if (sectionTitle != null) {
                sectionText.append(sectionText.isEmpty() ? "" : "\n").append(SheetValueParser.plainText(joined));
                return false;
            }
            if (filled.size() == 1 && layout.kindAt(filled.get(0)).filter(SheetColumn.NAME::equals).isEmpty()) {
                group = SheetValueParser.plainText(joined);
                return false;
            }
            rows.addAll(read(line, row));
            return true;
        }

        /** A short line naming a free-text section; its text is longer, or has lines of its own. */
        private static boolean isSectionTitle(String cell) {
            String text = SheetValueParser.clean(cell);
            return text.length() <= MAX_TITLE && !cell.contains("\n") && SECTION_TITLE.matcher(text).matches();
        }

        SheetTable table() {
            closeSection();
            return new SheetTable(index, layout, rows, sections);
        }

        private void closeSection() {
            if (sectionTitle != null) {
                sections.add(new SheetSection(sectionTitle, sectionText.toString()));
                sectionTitle = null;
                sectionText.setLength(0);
            }
        }

        private List<SheetRow> read(List<String> cells, int row) {
            String initiativeCell = layout.text(cells, SheetColumn.INITIATIVE);
            if (!initiativeCell.isBlank()) {
                String[] split = IndicatorLabel.splitInitiative(initiativeCell);
                initiativeSide = split[0];
                initiative = split[1];
            }
            List<String> notes = new ArrayList<>();
            IndicatorLabel label = IndicatorLabel.parse(layout.text(cells, SheetColumn.NAME), notes);
            String side = label.side() != null ? label.side()
                    : initiativeSide != null ? initiativeSide : IndicatorLabel.sideOf(layout.text(cells, SheetColumn.FIELD));
            label = new IndicatorLabel(label.name(), label.sdgRefs(), side, label.crossLink(), label.cumulative());
            String no = SheetValueParser.clean(layout.text(cells, SheetColumn.NO));
            Direction direction = Direction.stated(layout.text(cells, SheetColumn.DIRECTION)).orElse(null);
            List<Narrative> narratives = narratives(cells);
            String reportedCell = layout.text(cells, SheetColumn.REPORTED_ACHIEVEMENT);
            List<SheetRow> parts = parts(cells, row, no, label, direction, narratives, reportedCell, notes);
            if (!parts.isEmpty()) {
                return parts;
            }
            return List.of(new SheetRow(row, index, no.isEmpty() ? null : no, initiative, label,
                    layout.read(cells, SheetColumn.BASELINE), layout.read(cells, SheetColumn.LATEST),
                    layout.read(cells, SheetColumn.TARGET), reported(reportedCell), direction, narratives, cells,
                    notes));
        }

        private List<Narrative> narratives(List<String> cells) {
            List<Narrative> narratives = new ArrayList<>();
            if (group != null) {
                narratives.add(new Narrative(Narrative.GROUP, "", group));
            }
            for (SheetColumn kind : SheetColumn.NARRATIVE) {
                for (List<Integer> column : layout.groups(kind)) {
                    String text = SheetValueParser.plainText(String.join(" ", column.stream().map(cells::get).toList()));
                    if (!text.isEmpty()) {
                        narratives.add(new Narrative(kind.name(), layout.header(column), text));
                    }
                }
            }
            return narratives;
        }

        /**
         * One row per labelled part when the baseline, latest and target each hold the same parts
         * ({@code 児童：0.97 生徒：0.92 (2021年度)}); the row's cells are rewritten per part so an export reads back.
         */
        private List<SheetRow> parts(List<String> cells, int row, String no, IndicatorLabel label, Direction direction,
                                     List<Narrative> narratives, String reportedCell, List<String> notes) {
            Map<SheetColumn, List<Integer>> sources = new HashMap<>();
            Map<SheetColumn, Map<String, String>> parts = new HashMap<>();
            for (SheetColumn kind : SheetColumn.VALUES) {
                Optional<List<Integer>> source = layout.source(cells, kind);
                if (source.isEmpty()) {
                    return List.of();
                }
                sources.put(kind, source.get());
                parts.put(kind, SheetValueParser.labelledParts(
                        String.join(" ", source.get().stream().map(cells::get).toList())));
            }
            var labels = parts.get(SheetColumn.BASELINE).keySet();
            if (labels.isEmpty() || !labels.equals(parts.get(SheetColumn.LATEST).keySet())
                    || !labels.equals(parts.get(SheetColumn.TARGET).keySet())) {
                return List.of();
            }
            Map<String, String> reportedParts = SheetValueParser.labelledParts(reportedCell);
            List<SheetRow> rows = new ArrayList<>();
            for (String part : labels) {
                IndicatorLabel partLabel = new IndicatorLabel(label.name() + "（" + part + "）", label.sdgRefs(),
                        label.side(), label.crossLink(), label.cumulative());
                List<String> partCells = new ArrayList<>(cells);
                layout.groups(SheetColumn.NAME).stream().findFirst().ifPresent(column -> {
                    String cell = cells.get(column.get(0));
                    partCells.set(column.get(0), cell.contains(label.name())
                            ? cell.replace(label.name(), partLabel.name()) : cell + "（" + part + "）");
                });
                Map<SheetColumn, SheetValue> values = new HashMap<>();
                for (SheetColumn kind : SheetColumn.VALUES) {
                    List<Integer> column = sources.get(kind);
                    String text = parts.get(kind).get(part);
                    column.forEach(i -> partCells.set(i, ""));
                    partCells.set(column.get(0), text);
                    values.put(kind, SheetLayout.value(text, layout.header(column)));
                }
                BigDecimal reported = reported(reportedParts.getOrDefault(part, reportedCell));
                rows.add(new SheetRow(row, index, no.isEmpty() ? null : no, initiative, partLabel,
                        values.get(SheetColumn.BASELINE), values.get(SheetColumn.LATEST),
                        values.get(SheetColumn.TARGET), reported, direction, narratives, partCells, notes));
            }
            return rows;
        }

        private static BigDecimal reported(String cell) {
            return SheetValueParser.parse(cell.replace("%", " ").replace("％", " ")).number();
        }
    }
}
