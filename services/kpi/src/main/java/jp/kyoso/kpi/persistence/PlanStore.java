package jp.kyoso.kpi.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

    private static final String VALUE_COLUMNS = "%1$s_period, %1$s_number, %1$s_text, %1$s_unit, %1$s_notes";
    private static final String INDICATOR_COLUMNS = "plan_code, name, position, sheet_no, initiative, sdg_refs, side, "
            + "cross_link, cumulative, " + VALUE_COLUMNS.formatted("baseline") + ", " + VALUE_COLUMNS.formatted("latest")
            + ", " + VALUE_COLUMNS.formatted("target") + ", reported, notes, updated_at, updated_by";
    private static final int INDICATOR_COLUMN_COUNT = 28;

    private final TransactionOperations<Connection> transactions;

    public PlanStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Inserts the plan unless its code exists; true when inserted. */
    public boolean insert(Plan plan) {
        return update("""
                insert into plan (code, name, created_at, created_by) values (?, ?, ?, ?)
                on conflict (code) do nothing""", statement -> {
            statement.setString(1, plan.code());
            statement.setString(2, plan.name());
            statement.setTimestamp(3, Timestamp.from(plan.createdAt()));
            statement.setString(4, plan.createdBy());
        }) == 1;
    }

    /** The plan, locked for the rest of the transaction when {@code forUpdate} (imports into one plan queue up). */
    public Optional<Plan> find(String code, boolean forUpdate) {
        String sql = "select code, name, created_at, created_by from plan where code = ?";
        if (forUpdate) {
            return transactions.executeWrite(status -> {
                try (PreparedStatement statement = status.getConnection().prepareStatement(sql + " for update")) {
                    statement.setString(1, code);
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() ? Optional.of(plan(result)) : Optional.<Plan>empty();
                    }
                }
            });
        }
        return query(sql, statement -> statement.setString(1, code), PlanStore::plan).stream().findFirst();
    }

    public List<Plan> list(long offset, int limit) {
        return query("select code, name, created_at, created_by from plan order by code offset ? limit ?",
                statement -> {
                    statement.setLong(1, offset);
                    statement.setInt(2, limit);
                }, PlanStore::plan);
    }

    public long count() {
        return query("select count(*) from plan", statement -> { }, result -> result.getLong(1)).get(0);
    }

    public void upsert(PlanIndicator indicator) {
        String placeholders = String.join(", ", Collections.nCopies(INDICATOR_COLUMN_COUNT, "?"));
        String updates = Arrays.stream(INDICATOR_COLUMNS.split(", "))
                .filter(column -> !column.equals("plan_code") && !column.equals("name"))
                .map(column -> column + " = excluded." + column)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        update("insert into plan_indicator (" + INDICATOR_COLUMNS + ") values (" + placeholders + ")"
                + " on conflict (plan_code, name) do update set " + updates, statement -> {
                    Connection connection = statement.getConnection();
                    IndicatorLabel label = indicator.label();
                    int i = 0;
                    statement.setString(++i, indicator.planCode());
                    statement.setString(++i, label.name());
                    statement.setInt(++i, indicator.position());
                    statement.setString(++i, indicator.no());
                    statement.setString(++i, indicator.initiative());
                    statement.setArray(++i, connection.createArrayOf("text", label.sdgRefs().toArray()));
                    statement.setString(++i, label.side());
                    statement.setString(++i, label.crossLink());
                    statement.setBoolean(++i, label.cumulative());
                    for (SheetValue value : List.of(indicator.baseline(), indicator.latest(), indicator.target())) {
                        statement.setString(++i, value.period());
                        statement.setBigDecimal(++i, value.number());
                        statement.setString(++i, value.text());
                        statement.setString(++i, value.unit());
                        statement.setArray(++i, connection.createArrayOf("text", value.notes().toArray()));
                    }
                    statement.setBigDecimal(++i, indicator.reported());
                    statement.setArray(++i, connection.createArrayOf("text", indicator.notes().toArray()));
                    statement.setTimestamp(++i, Timestamp.from(indicator.updatedAt()));
                    statement.setString(++i, indicator.updatedBy());
                });
    }

    public List<PlanIndicator> indicators(String planCode) {
        return query("select " + INDICATOR_COLUMNS + " from plan_indicator where plan_code = ? order by position, name",
                statement -> statement.setString(1, planCode), PlanStore::indicator);
    }

    private static Plan plan(ResultSet result) throws SQLException {
        return new Plan(result.getString("code"), result.getString("name"),
                result.getTimestamp("created_at").toInstant(), result.getString("created_by"));
    }

    private static PlanIndicator indicator(ResultSet result) throws SQLException {
        IndicatorLabel label = new IndicatorLabel(result.getString("name"), strings(result.getArray("sdg_refs")),
                result.getString("side"), result.getString("cross_link"), result.getBoolean("cumulative"));
        return new PlanIndicator(result.getString("plan_code"), result.getInt("position"),
                result.getString("sheet_no"), result.getString("initiative"), label, value(result, "baseline"),
                value(result, "latest"), value(result, "target"), result.getBigDecimal("reported"),
                strings(result.getArray("notes")), result.getTimestamp("updated_at").toInstant(),
                result.getString("updated_by"));
    }

    private static SheetValue value(ResultSet result, String prefix) throws SQLException {
        return new SheetValue(result.getString(prefix + "_period"), result.getBigDecimal(prefix + "_number"),
                result.getString(prefix + "_text"), result.getString(prefix + "_unit"),
                strings(result.getArray(prefix + "_notes")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet result) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                    return rows;
                }
            }
        });
    }
}
