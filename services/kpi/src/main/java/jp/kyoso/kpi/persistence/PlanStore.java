package jp.kyoso.kpi.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.kpi.domain.plan.IndicatorLabel;
import jp.kyoso.kpi.domain.plan.Plan;
import jp.kyoso.kpi.domain.plan.PlanIndicator;
import jp.kyoso.kpi.domain.plan.SheetValue;

/**
 * Plans and indicators in plain JDBC: an indicator is three sheet values wide, which a mapped entity would only
 * make harder to read. Runs inside the caller's transaction.
 */
@Singleton
public class PlanStore {

    private static final String PLAN_COLUMNS = "code, name, created_at, created_by";
    private static final String VALUE_COLUMNS = "%1$s_period, %1$s_number, %1$s_text, %1$s_unit, %1$s_notes";
    /** The columns an import writes; {@code id} and {@code bound_metric} survive re-imports. */
    private static final List<String> WRITTEN = Arrays.asList(("plan_code, name, position, sheet_no, initiative, "
            + "sdg_refs, side, cross_link, cumulative, " + VALUE_COLUMNS.formatted("baseline") + ", "
            + VALUE_COLUMNS.formatted("latest") + ", " + VALUE_COLUMNS.formatted("target")
            + ", reported, notes, updated_at, updated_by").split(", "));
    private static final String UPSERT = "insert into plan_indicator (" + String.join(", ", WRITTEN) + ") values ("
            + String.join(", ", Collections.nCopies(WRITTEN.size(), "?")) + ") on conflict (plan_code, name) do update set "
            + WRITTEN.stream().filter(column -> !column.equals("plan_code") && !column.equals("name"))
                    .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
    private static final String SELECT_INDICATORS = "select id, bound_metric, " + String.join(", ", WRITTEN)
            + " from plan_indicator";

    private final Jdbc jdbc;

    public PlanStore(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Inserts the plan unless its code exists; true when inserted. */
    public boolean insert(Plan plan) {
        return jdbc.update("insert into plan (" + PLAN_COLUMNS + ") values (?, ?, ?, ?) on conflict (code) do nothing",
                statement -> {
                    statement.setString(1, plan.code());
                    statement.setString(2, plan.name());
                    statement.setTimestamp(3, Timestamp.from(plan.createdAt()));
                    statement.setString(4, plan.createdBy());
                }) == 1;
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

    public void upsert(PlanIndicator indicator) {
        jdbc.update(UPSERT, statement -> {
            IndicatorLabel label = indicator.label();
            int i = 0;
            statement.setString(++i, indicator.planCode());
            statement.setString(++i, label.name());
            statement.setInt(++i, indicator.position());
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
                result.getTimestamp("created_at").toInstant(), result.getString("created_by"));
    }

    private static PlanIndicator indicator(ResultSet result) throws SQLException {
        IndicatorLabel label = new IndicatorLabel(result.getString("name"), Jdbc.strings(result.getArray("sdg_refs")),
                result.getString("side"), result.getString("cross_link"), result.getBoolean("cumulative"));
        return new PlanIndicator(result.getObject("id", UUID.class), result.getString("plan_code"),
                result.getInt("position"), result.getString("sheet_no"), result.getString("initiative"), label,
                value(result, "baseline"), value(result, "latest"), value(result, "target"),
                result.getBigDecimal("reported"), Jdbc.strings(result.getArray("notes")),
                result.getTimestamp("updated_at").toInstant(), result.getString("updated_by"),
                result.getString("bound_metric"));
    }

    private static SheetValue value(ResultSet result, String prefix) throws SQLException {
        return new SheetValue(result.getString(prefix + "_period"), result.getBigDecimal(prefix + "_number"),
                result.getString(prefix + "_text"), result.getString(prefix + "_unit"),
                Jdbc.strings(result.getArray(prefix + "_notes")));
    }
}
