package jp.kyoso.kpi.plan;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.kpi.shared.Jdbc;

/**
 * Plans, their table layouts and indicators in plain JDBC: an indicator is three sheet values wide, which a mapped
 * entity would only make harder to read. Runs inside the caller's transaction.
 */
@Singleton
public class PlanStore {

    private static final String PLAN_COLUMNS = "code, name, achievement_convention, created_at, created_by";
    private static final String TABLE_COLUMNS = "id, plan_code, position, header, section_titles, section_texts";
    private static final String VALUE_COLUMNS = "%1$s_period, %1$s_number, %1$s_text, %1$s_unit, %1$s_notes";
    /** The key of an indicator within its plan. */
    private static final List<String> KEY = List.of("plan_code", "name", "sdg_key", "occurrence");
    /** The columns an import writes besides the key; {@code id}, {@code position} and {@code bound_metric} survive. */
    private static final List<String> WRITTEN = Arrays.asList(("sheet_row, table_id, sheet_no, initiative, "
            + "sdg_refs, side, cross_link, cumulative, " + VALUE_COLUMNS.formatted("baseline") + ", "
            + VALUE_COLUMNS.formatted("latest") + ", " + VALUE_COLUMNS.formatted("target")
            + ", reported, stated_direction, cells, narrative_columns, narrative_headers, narrative_texts, notes, "
            + "updated_at, updated_by").split(", "));
    private static final String UPSERT = "insert into plan_indicator (" + String.join(", ", KEY) + ", position, "
            + String.join(", ", WRITTEN) + ") values (?, ?, ?, ?, "
            + "(select coalesce(max(position), 0) + 1 from plan_indicator where plan_code = ?), "
            + String.join(", ", Collections.nCopies(WRITTEN.size(), "?")) + ") on conflict ("
            + String.join(", ", KEY) + ") do update set "
            + WRITTEN.stream().map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
    private static final String SELECT_INDICATORS = "select id, position, bound_metric, " + String.join(", ", KEY)
            + ", " + String.join(", ", WRITTEN) + " from plan_indicator";

    private final Jdbc jdbc;

    public PlanStore(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Inserts the plan unless its code exists; true when inserted. */
    public boolean insert(Plan plan) {
        return jdbc.update("insert into plan (" + PLAN_COLUMNS + ") values (?, ?, ?, ?, ?) on conflict (code) do nothing",
                statement -> {
                    statement.setString(1, plan.code());
                    statement.setString(2, plan.name());
                    statement.setString(3, plan.convention().name());
                    statement.setTimestamp(4, Timestamp.from(plan.createdAt()));
                    statement.setString(5, plan.createdBy());
                }) == 1;
    }

    public void setConvention(String code, AchievementConvention convention) {
        jdbc.update("update plan set achievement_convention = ? where code = ?", statement -> {
            statement.setString(1, convention.name());
            statement.setString(2, code);
        });
    }

    /** The plan, locked for the rest of the transaction when {@code lock} (imports into one plan queue up). */
    public Optional<Plan> find(String code, boolean lock) {
        return jdbc.query("select " + PLAN_COLUMNS + " from plan where code = ?" + (lock ? " for update" : ""),
                statement -> statement.setString(1, code), PlanStore::plan, lock).stream().findFirst();
    }

    public List<Plan> list(long offset, int limit) {
        return jdbc.query("select " + PLAN_COLUMNS + " from plan order by code offset ? limit ?", statement -> {
            statement.setLong(1, offset);
            statement.setInt(2, limit);
        }, PlanStore::plan);
    }

    public long count() {
        return jdbc.query("select count(*) from plan", statement -> { }, result -> result.getLong(1)).get(0);
    }

    /**
     * The plan's table with this header, created after the others when new; sections pasted with it replace the
     * stored ones (a paste without sections keeps them).
     */
    public UUID table(String planCode, List<String> header, List<SheetSection> sections, Instant at, String by) {
        return jdbc.query("insert into plan_table (id, plan_code, position, header, section_titles, section_texts, "
                + "imported_at, imported_by) values (?, ?, (select coalesce(max(position), 0) + 1 from plan_table "
                + "where plan_code = ?), ?, ?, ?, ?, ?) on conflict (plan_code, header) do update set "
                + "section_titles = case when cardinality(excluded.section_titles) > 0 then excluded.section_titles "
                + "else plan_table.section_titles end, section_texts = case when cardinality(excluded.section_titles) > 0 "
                + "then excluded.section_texts else plan_table.section_texts end, imported_at = excluded.imported_at, "
                + "imported_by = excluded.imported_by returning id", statement -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setString(2, planCode);
                    statement.setString(3, planCode);
                    statement.setArray(4, Jdbc.texts(statement, header));
                    statement.setArray(5, Jdbc.texts(statement, sections.stream().map(SheetSection::title).toList()));
                    statement.setArray(6, Jdbc.texts(statement, sections.stream().map(SheetSection::text).toList()));
                    statement.setTimestamp(7, Timestamp.from(at));
                    statement.setString(8, by);
                }, result -> result.getObject(1, UUID.class), true).get(0);
    }

    public List<PlanTable> tables(String planCode) {
        return jdbc.query("select " + TABLE_COLUMNS + " from plan_table where plan_code = ? order by position",
                statement -> statement.setString(1, planCode), PlanStore::table);
    }

    public void upsert(PlanIndicator indicator) {
        jdbc.update(UPSERT, statement -> {
            IndicatorLabel label = indicator.label();
            int i = 0;
            statement.setString(++i, indicator.planCode());
            statement.setString(++i, label.name());
            statement.setString(++i, PlanIndicator.sdgKey(label));
            statement.setInt(++i, indicator.occurrence());
            statement.setString(++i, indicator.planCode());
            statement.setInt(++i, indicator.sheetRow());
            statement.setObject(++i, indicator.tableId());
            statement.setString(++i, indicator.no());
            statement.setString(++i, indicator.initiative());
            statement.setArray(++i, Jdbc.texts(statement, label.sdgRefs()));
            statement.setString(++i, label.side());
            statement.setString(++i, label.crossLink());
            statement.setBoolean(++i, label.cumulative());
            for (SheetValue value : List.of(indicator.baseline(), indicator.latest(), indicator.target())) {
                i = bindValue(statement, i, value);
            }
            statement.setBigDecimal(++i, indicator.reported());
            Direction stated = indicator.figures().statedDirection();
            statement.setString(++i, stated == null ? null : stated.name());
            statement.setArray(++i, Jdbc.texts(statement, indicator.cells()));
            statement.setArray(++i, Jdbc.texts(statement, indicator.narratives().stream().map(Narrative::column).toList()));
            statement.setArray(++i, Jdbc.texts(statement, indicator.narratives().stream().map(Narrative::header).toList()));
            statement.setArray(++i, Jdbc.texts(statement, indicator.narratives().stream().map(Narrative::text).toList()));
            statement.setArray(++i, Jdbc.texts(statement, indicator.notes()));
            statement.setTimestamp(++i, Timestamp.from(indicator.updatedAt()));
            statement.setString(++i, indicator.updatedBy());
        });
    }

    /** Replaces the indicator's latest value (an approved observation). */
    public void updateLatest(UUID indicatorId, SheetValue latest, Instant at, String by) {
        jdbc.update("update plan_indicator set " + VALUE_COLUMNS.formatted("latest").replace(",", " = ?,")
                + " = ?, updated_at = ?, updated_by = ? where id = ?", statement -> {
                    int i = bindValue(statement, 0, latest);
                    statement.setTimestamp(++i, Timestamp.from(at));
                    statement.setString(++i, by);
                    statement.setObject(++i, indicatorId);
                });
    }

    public void bind(UUID indicatorId, String metricOrNull) {
        jdbc.update("update plan_indicator set bound_metric = ? where id = ?", statement -> {
            statement.setString(1, metricOrNull);
            statement.setObject(2, indicatorId);
        });
    }

    public List<PlanIndicator> indicators(String planCode) {
        return jdbc.query(SELECT_INDICATORS + " where plan_code = ? order by position, name",
                statement -> statement.setString(1, planCode), PlanStore::indicator);
    }

    /** The indicator, locked for the rest of the transaction when {@code lock}. */
    public Optional<PlanIndicator> indicator(String planCode, UUID id, boolean lock) {
        return jdbc.query(SELECT_INDICATORS + " where plan_code = ? and id = ?" + (lock ? " for update" : ""),
                statement -> {
                    statement.setString(1, planCode);
                    statement.setObject(2, id);
                }, PlanStore::indicator, lock).stream().findFirst();
    }

    private static int bindValue(PreparedStatement statement, int index, SheetValue value) throws SQLException {
        int i = index;
        statement.setString(++i, value.period());
        statement.setBigDecimal(++i, value.number());
        statement.setString(++i, value.text());
        statement.setString(++i, value.unit());
        statement.setArray(++i, Jdbc.texts(statement, value.notes()));
        return i;
    }

    private static Plan plan(ResultSet result) throws SQLException {
        return new Plan(result.getString("code"), result.getString("name"),
                AchievementConvention.valueOf(result.getString("achievement_convention")),
                result.getTimestamp("created_at").toInstant(), result.getString("created_by"));
    }

    private static PlanTable table(ResultSet result) throws SQLException {
        List<String> titles = Jdbc.strings(result.getArray("section_titles"));
        List<String> texts = Jdbc.strings(result.getArray("section_texts"));
        List<SheetSection> sections = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            sections.add(new SheetSection(titles.get(i), texts.get(i)));
        }
        return new PlanTable(result.getObject("id", UUID.class), result.getString("plan_code"),
                result.getInt("position"), Jdbc.strings(result.getArray("header")), sections);
    }

    private static PlanIndicator indicator(ResultSet result) throws SQLException {
        IndicatorLabel label = new IndicatorLabel(result.getString("name"), Jdbc.strings(result.getArray("sdg_refs")),
                result.getString("side"), result.getString("cross_link"), result.getBoolean("cumulative"));
        String stated = result.getString("stated_direction");
        IndicatorFigures figures = new IndicatorFigures(value(result, "baseline"), value(result, "latest"),
                value(result, "target"), result.getBigDecimal("reported"),
                stated == null ? null : Direction.valueOf(stated));
        List<String> columns = Jdbc.strings(result.getArray("narrative_columns"));
        List<String> headers = Jdbc.strings(result.getArray("narrative_headers"));
        List<String> texts = Jdbc.strings(result.getArray("narrative_texts"));
        List<Narrative> narratives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            narratives.add(new Narrative(columns.get(i), headers.get(i), texts.get(i)));
        }
        int sheetRow = result.getInt("sheet_row");
        if (result.wasNull()) {
            sheetRow = 0;
        }
        return new PlanIndicator(result.getObject("id", UUID.class), result.getString("plan_code"),
                result.getInt("position"), sheetRow, result.getInt("occurrence"),
                result.getObject("table_id", UUID.class), result.getString("sheet_no"), result.getString("initiative"),
                label, figures, narratives, Jdbc.strings(result.getArray("cells")),
                Jdbc.strings(result.getArray("notes")), result.getTimestamp("updated_at").toInstant(),
                result.getString("updated_by"), result.getString("bound_metric"));
    }

    private static SheetValue value(ResultSet result, String prefix) throws SQLException {
        return new SheetValue(result.getString(prefix + "_period"), result.getBigDecimal(prefix + "_number"),
                result.getString(prefix + "_text"), result.getString(prefix + "_unit"),
                Jdbc.strings(result.getArray(prefix + "_notes")));
    }
}
