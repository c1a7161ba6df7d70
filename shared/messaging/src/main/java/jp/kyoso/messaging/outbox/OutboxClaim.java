package jp.kyoso.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the relay takes the rows of a new batch off the outbox, in that batch's own transaction (which commits once
 * Kafka has acknowledged every row, or rolls back and puts the rows back). Two rules keep each aggregate's events in
 * order while earlier batches are still waiting for Kafka:
 * <ol>
 * <li><b>An aggregate with a batch in flight is left alone.</b> If that batch fails it is rolled back and its rows
 * are sent again later; a later event of the same aggregate must not reach Kafka before them. So a new batch takes
 * no row whose key (the aggregate id) is in a batch still in flight, and otherwise takes rows in {@code seq} order
 * from the oldest ones ({@link #eligible}): of every aggregate it takes the earliest waiting events or none.</li>
 * <li><b>Another relay's rows are not waited for.</b> Every replica of a service runs a relay on the same outbox. A
 * row another relay has taken (deleted, not yet committed) is still visible here, and deleting it would wait for that
 * relay's transaction. Instead the claim gives up at once ({@code for update nowait}) and the relay tries again after
 * its own batches. That keeps two relays off one row; it keeps an aggregate's order across relays, because a later row
 * of an aggregate is never taken without the earlier ones in front of it (rule 1), and those would make the claim
 * give up; and it rules out a deadlock (each relay's one thread also commits that relay's batches, so a relay
 * waiting for a row would hold up the commit another relay's claim might be waiting for).</li>
 * </ol>
 * A batch costs four round trips to PostgreSQL: the planner told to use the key, the look at the oldest rows, the
 * move and the commit. Rule 1 is applied here in Java, with a hash set of the keys in flight: in SQL, a prepared
 * statement's generic plan compared every row of the look with every key in flight ({@code <> all(?)}) or joined them
 * in a nested loop, 6 to 48 ms a batch where the whole move takes a few.
 */
final class OutboxClaim {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /*
     * The outbox is empty most of the time and then, after a bulk import, holds hundreds of thousands of rows. A plan
     * made for the empty table (pgjdbc prepares a statement on the server after five uses, and PostgreSQL then keeps
     * one plan for it) reads the whole table per claim until autovacuum next looks at it: 4,600 events/s instead of
     * 40,000 in the bench. Both statements must go through the primary key whatever the statistics say.
     */
    private static final String KEY_ONLY = "set local enable_seqscan = off";
    private static final String OLDEST = "select seq, event_key from outbox_event order by seq limit ?";
    /*
     * The rows chosen are locked without waiting, then moved: a delete, and an insert into a table with one BRIN
     * index, which adds no index entry where the update of published_at it replaced (never a HOT update: the column
     * was indexed) added three. The arrays keep every step on the primary key. The text columns are read as the bytes
     * PostgreSQL sends, since they go to Kafka as bytes (id cast to text for the same reason).
     */
    private static final String MOVE = """
            with chosen as (
                select seq from outbox_event where seq = any(?) for update nowait),
            taken as (
                delete from outbox_event
                where seq = any(array(select seq from chosen))
                returning seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload,
                          created_at),
            kept as (
                insert into outbox_event_sent (seq, id, topic, event_key, event_type, source, occurred_at,
                                               correlation_id, payload, created_at)
                select seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload, created_at
                from taken)
            select seq, id::text, topic, event_key, event_type, source, occurred_at, correlation_id, payload
            from taken order by seq""";

    /** One waiting row as the claim first sees it: its place and its aggregate. */
    record Waiting(long seq, String key) {
    }

    private OutboxClaim() {
    }

    /**
     * Takes up to {@code batchSize} rows in the open transaction of {@code connection}.
     *
     * @param keysInFlight the keys of this relay's batches still waiting for Kafka
     * @return the rows taken, in {@code seq} order; empty when none may be taken now (none waiting, all of aggregates
     *         in flight, or another relay holds the oldest ones)
     */
    static List<OutboxRow> take(Connection connection, Set<String> keysInFlight, int batchSize, int pipelineDepth)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(KEY_ONLY); // until this transaction ends
        }
        // The oldest rows are mostly those of the batches in flight (at most pipelineDepth - 1 of them): their deletes
        // are not committed, so they are still visible here and fill the front of the window. One batch's worth beyond
        // them leaves room for a full batch, and keeps the look bounded when every waiting row belongs to an aggregate
        // in flight (a batch may then be smaller: it is taken anyway, not waited for).
        List<Long> seqs = eligible(oldest(connection, batchSize * pipelineDepth), keysInFlight, batchSize);
        if (seqs.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement move = connection.prepareStatement(MOVE)) {
            move.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            return rows(move);
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return List.of(); // the caller rolls back whatever this statement did before it gave up
            }
            throw e;
        }
    }

    /**
     * The rows a new batch may take: in {@code seq} order, skipping every row of an aggregate in flight, at most
     * {@code batchSize}. {@code window} is in {@code seq} order, so of every other aggregate this is its earliest rows.
     */
    static List<Long> eligible(List<Waiting> window, Set<String> keysInFlight, int batchSize) {
        List<Long> seqs = new ArrayList<>();
        for (Waiting row : window) {
            if (seqs.size() == batchSize) {
                break;
            }
            if (!keysInFlight.contains(row.key())) {
                seqs.add(row.seq());
            }
        }
        return seqs;
    }

    private static List<Waiting> oldest(Connection connection, int window) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OLDEST)) {
            select.setInt(1, window);
            try (ResultSet result = select.executeQuery()) {
                List<Waiting> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Waiting(result.getLong(1), result.getString(2)));
                }
                return rows;
            }
        }
    }

    private static List<OutboxRow> rows(PreparedStatement move) throws SQLException {
        try (ResultSet result = move.executeQuery()) {
            List<OutboxRow> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new OutboxRow(result.getLong(1), result.getBytes(2), result.getString(3),
                        result.getString(4), result.getBytes(5), result.getBytes(6),
                        result.getTimestamp(7).toInstant(), result.getBytes(8), result.getBytes(9)));
            }
            return rows;
        }
    }
}
