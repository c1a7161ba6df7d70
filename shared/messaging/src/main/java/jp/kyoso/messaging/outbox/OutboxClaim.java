package jp.kyoso.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * from the oldest ones: of every aggregate it takes the earliest waiting events or none.</li>
 * <li><b>Another relay's rows are not waited for.</b> Every replica of a service runs a relay on the same outbox. A
 * row another relay has taken (deleted, not yet committed) is still visible here, and deleting it would wait for that
 * relay's transaction. Instead the claim gives up at once ({@code for update nowait}) and the relay tries again after
 * its own batches. That keeps two relays off one row; it keeps an aggregate's order across relays, because a later row
 * of an aggregate is never taken without the earlier ones in front of it (rule 1), and those would make the claim
 * give up; and it rules out a deadlock (each relay's one thread also commits that relay's batches, so a relay
 * waiting for a row would hold up the commit another relay's claim might be waiting for).</li>
 * </ol>
 * Both rules are one statement, so a batch costs two round trips to PostgreSQL: the claim and the commit.
 */
final class OutboxClaim {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /*
     * The window is the oldest rows; those of this relay's batches in flight are among them (their deletes are not
     * committed, so they are still visible here) and are skipped by their key, with every later row of their
     * aggregates: an anti-join, which PostgreSQL hashes, where "event_key <> all(?)" compared each row with each key
     * in a prepared statement's generic plan (6 ms a claim for 500 keys). The rows chosen are locked without waiting,
     * then moved: a delete, and an insert into a table with one BRIN index, which adds no index entry where the update
     * of published_at it replaced (never a HOT update: the column was indexed) added three. The arrays keep every step
     * on the primary key. The text columns are read as the bytes PostgreSQL sends, since they go to Kafka as bytes (id
     * cast to text for the same reason).
     */
    private static final String CLAIM = """
            with oldest as (
                select seq, event_key from outbox_event order by seq limit ?),
            chosen as (
                select seq from outbox_event
                where seq = any(array(
                    select seq from oldest
                    where not exists (select 1 from unnest(?::text[]) in_flight(key) where key = oldest.event_key)
                    order by seq limit ?))
                for update nowait),
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
        // The oldest rows are mostly those of the batches in flight (at most pipelineDepth - 1 of them). One batch's
        // worth beyond them leaves room for a full batch, and keeps the look bounded when every waiting row belongs
        // to an aggregate in flight (a batch may then be smaller: it is taken anyway, not waited for).
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, batchSize * pipelineDepth);
            claim.setArray(2, connection.createArrayOf("text", keysInFlight.toArray()));
            claim.setInt(3, batchSize);
            return rows(claim);
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return List.of(); // the caller rolls back whatever this statement did before it gave up
            }
            throw e;
        }
    }

    private static List<OutboxRow> rows(PreparedStatement claim) throws SQLException {
        try (ResultSet result = claim.executeQuery()) {
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
