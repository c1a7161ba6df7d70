package jp.kyoso.kpi.shared;

import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The few lines of plain JDBC the plan stores share; statements join the caller's transaction. */
public final class Jdbc {

    /** Sets a statement's parameters. */
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row. */
    public interface RowMapper<T> {
        T map(ResultSet result) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    public Jdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public int update(String sql, Binder binder) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    /** A query in a read-write transaction when {@code lock} (for {@code FOR UPDATE}), else read-only. */
    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper, boolean lock) {
        TransactionCallback<Connection, List<T>> callback = status -> {
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
        };
        return lock ? transactions.executeWrite(callback) : transactions.executeRead(callback);
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper, false);
    }

    public static Array texts(PreparedStatement statement, List<String> values) throws SQLException {
        return statement.getConnection().createArrayOf("text", values.toArray());
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
