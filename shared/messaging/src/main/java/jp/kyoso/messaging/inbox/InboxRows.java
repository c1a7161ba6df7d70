package jp.kyoso.messaging.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code inbox_event} rows of one consumer: inserting one is how an event is recognised as new. */
final class InboxRows {

    private static final String REMEMBER = """
            insert into inbox_event (consumer, event_id, event_type, topic) values (?, ?, ?, ?)
            on conflict (consumer, event_id) do nothing""";
    private static final String REMEMBER_ALL = """
            insert into inbox_event (consumer, event_id, event_type, topic)
            select ?, e.id, e.type, e.topic from unnest(?::text[], ?::text[], ?::text[]) as e(id, type, topic)
            on conflict (consumer, event_id) do nothing
            returning event_id""";

    /** One event to remember. */
    record Row(String id, String type, String topic) {
    }

    private final String consumer;

    InboxRows(String consumer) {
        this.consumer = consumer;
    }

    /** @return whether the event is new (its row was inserted); false for a duplicate */
    boolean remember(Connection connection, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REMEMBER)) {
            statement.setString(1, consumer);
            statement.setString(2, row.id());
            statement.setString(3, row.type());
            statement.setString(4, row.topic());
            return statement.executeUpdate() == 1;
        }
    }

    /** With one statement; @return the ids of the events not seen before, whose rows were just inserted */
    Set<String> rememberAll(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REMEMBER_ALL)) {
            statement.setString(1, consumer);
            statement.setArray(2, connection.createArrayOf("text", rows.stream().map(Row::id).toArray()));
            statement.setArray(3, connection.createArrayOf("text", rows.stream().map(Row::type).toArray()));
            statement.setArray(4, connection.createArrayOf("text", rows.stream().map(Row::topic).toArray()));
            Set<String> fresh = new HashSet<>();
            try (ResultSet inserted = statement.executeQuery()) {
                while (inserted.next()) {
                    fresh.add(inserted.getString(1));
                }
            }
            return fresh;
        }
    }

    /**
     * Forgets every event of this consumer, for a replay. When the table holds no other consumer's rows (a service
     * has one), it is truncated: instant however many events were handled, and no dead rows left for vacuum, where
     * deleting a rebuild's millions takes as long as writing them. Another consumer's rows are never touched.
     */
    void forgetAll(Connection connection) throws SQLException {
        boolean others;
        try (Statement lock = connection.createStatement()) {
            // No other consumer may add a row between the look and the truncate.
            lock.execute("lock table inbox_event in share row exclusive mode");
        }
        // Two range scans of the primary key, not a scan of the table.
        try (PreparedStatement other = connection.prepareStatement(
                "select 1 from inbox_event where consumer < ? or consumer > ? limit 1")) {
            other.setString(1, consumer);
            other.setString(2, consumer);
            try (ResultSet found = other.executeQuery()) {
                others = found.next();
            }
        }
        if (!others) {
            try (Statement truncate = connection.createStatement()) {
                truncate.executeUpdate("truncate inbox_event");
            }
            return;
        }
        try (PreparedStatement forget = connection.prepareStatement("delete from inbox_event where consumer = ?")) {
            forget.setString(1, consumer);
            forget.executeUpdate();
        }
    }
}
