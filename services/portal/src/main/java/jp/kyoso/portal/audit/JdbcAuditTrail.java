package jp.kyoso.portal.audit;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.kyoso.messaging.inbox.Projection;

/**
 * The audit trail in plain JDBC: the merged query is a UNION of two differently shaped tables, which mapped
 * entities would only obscure. Statements join the caller's transaction (the inbox's, for events). The event table
 * is a projection of the topics and is emptied for a replay; the access table is not, it exists nowhere else.
 */
@Singleton
class JdbcAuditTrail implements AuditTrail, Projection {

    private static final String INSERT_ACCESS = """
            insert into audit_access (occurred_at, kind, user_id, username, roles, method, path, status, outcome,
                                      client_address, request_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    // A poll's events in one statement, one array per column (the inbox writes its rows the same way).
    private static final String INSERT_EVENTS = """
            insert into audit_event (event_id, occurred_at, event_type, source, aggregate_id, actor, correlation_id,
                                     reason)
            select * from unnest(?::text[], ?::text[]::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::text[], ?::text[])
            on conflict (event_id) do nothing""";
    // Both sides in one shape; the filters are bound twice, once per side, in the same order.
    private static final String MERGED = """
            select occurred_at, 'ACCESS' as source, kind as action, user_id, username, roles, path as record, method,
                   status, outcome, client_address, request_id, null as event_id
              from audit_access
             where (cast(? as text) is null or user_id = ? or username = ?)
               and (cast(? as text) is null or strpos(path, ?) > 0)
               and (cast(? as timestamptz) is null or occurred_at >= ?)
               and (cast(? as timestamptz) is null or occurred_at < ?)
            union all
            select occurred_at, 'EVENT', event_type, actor, null, '{}'::text[], aggregate_id, null, null, reason, null,
                   correlation_id, event_id
              from audit_event
             where (cast(? as text) is null or actor = ?)
               and (cast(? as text) is null or aggregate_id = ?)
               and (cast(? as timestamptz) is null or occurred_at >= ?)
               and (cast(? as timestamptz) is null or occurred_at < ?)""";

    private final TransactionOperations<Connection> transactions;

    JdbcAuditTrail(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(List<AccessRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(INSERT_ACCESS)) {
                for (AccessRecord record : records) {
                    statement.setTimestamp(1, Timestamp.from(record.at()));
                    statement.setString(2, record.kind().name());
                    statement.setString(3, record.userId());
                    statement.setString(4, record.username());
                    statement.setArray(5, status.getConnection().createArrayOf("text",
                            record.roles().stream().sorted().toArray()));
                    statement.setString(6, record.method());
                    statement.setString(7, record.path());
                    statement.setInt(8, record.status());
                    statement.setString(9, record.outcome());
                    statement.setString(10, record.clientAddress());
                    statement.setString(11, record.requestId());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void appendEvents(List<AuditedEvent> events) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENTS)) {
                statement.setArray(1, texts(connection, events, AuditedEvent::eventId));
                statement.setArray(2, texts(connection, events, event -> event.at().toString()));
                statement.setArray(3, texts(connection, events, AuditedEvent::type));
                statement.setArray(4, texts(connection, events, AuditedEvent::source));
                statement.setArray(5, texts(connection, events, AuditedEvent::aggregateId));
                statement.setArray(6, texts(connection, events, AuditedEvent::actor));
                statement.setArray(7, texts(connection, events, AuditedEvent::correlationId));
                statement.setArray(8, texts(connection, events, AuditedEvent::reason));
                return statement.executeUpdate();
            }
        });
    }

    private static Array texts(Connection connection, List<AuditedEvent> events,
                               Function<AuditedEvent, String> column) throws SQLException {
        return connection.createArrayOf("text", events.stream().map(column).toArray());
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        String sql = MERGED + " order by occurred_at desc, event_id nulls first limit ? offset ?";
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                int next = bind(statement, query);
                statement.setInt(next, limit);
                statement.setInt(next + 1, offset);
                try (ResultSet result = statement.executeQuery()) {
                    List<AuditEntry> entries = new ArrayList<>();
                    while (result.next()) {
                        entries.add(entry(result));
                    }
                    return entries;
                }
            }
        });
    }

    @Override
    public long count(AuditQuery query) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("select count(*) from (" + MERGED + ") merged")) {
                bind(statement, query);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("truncate audit_event")) {
            statement.executeUpdate();
        }
    }

    /** @return the index of the next parameter */
    private static int bind(PreparedStatement statement, AuditQuery query) throws SQLException {
        int index = 1;
        // access side: user (3 placeholders), record (2), from (2), to (2)
        for (int i = 0; i < 3; i++) {
            statement.setString(index++, query.user());
        }
        index = bindRest(statement, index, query);
        // event side: user (2), record (2), from (2), to (2)
        for (int i = 0; i < 2; i++) {
            statement.setString(index++, query.user());
        }
        return bindRest(statement, index, query);
    }

    private static int bindRest(PreparedStatement statement, int index, AuditQuery query) throws SQLException {
        statement.setString(index++, query.record());
        statement.setString(index++, query.record());
        for (int i = 0; i < 2; i++) {
            setTime(statement, index++, query.from() == null ? null : Timestamp.from(query.from()));
        }
        for (int i = 0; i < 2; i++) {
            setTime(statement, index++, query.to() == null ? null : Timestamp.from(query.to()));
        }
        return index;
    }

    private static void setTime(PreparedStatement statement, int index, Timestamp time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, time);
        }
    }

    private static AuditEntry entry(ResultSet result) throws SQLException {
        Array roles = result.getArray("roles");
        int status = result.getInt("status");
        Integer statusOrNull = result.wasNull() ? null : status;
        return new AuditEntry(result.getTimestamp("occurred_at").toInstant(),
                AuditEntry.Source.valueOf(result.getString("source")), result.getString("action"),
                result.getString("user_id"), result.getString("username"),
                roles == null ? Set.of() : Set.of((String[]) roles.getArray()), result.getString("record"),
                result.getString("method"), statusOrNull, result.getString("outcome"),
                result.getString("client_address"), result.getString("request_id"), result.getString("event_id"));
    }
}
