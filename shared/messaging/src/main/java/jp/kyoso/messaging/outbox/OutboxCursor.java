package jp.kyoso.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's place in the outbox: reads the rows after it in {@code seq} order and records how far Kafka has taken
 * them ({@code outbox_relay_position}). Reading writes nothing per event, where the claim before it moved every row to
 * a history table in the batch's transaction, which was most of the relay's time.
 *
 * <p>One relay per outbox reads at a time: the cursor holds a session advisory lock on its own connection for as long
 * as it is open, and a relay that cannot take the lock waits as a standby (every replica of a service runs a relay).
 * A connection that breaks takes the lock with it, so a standby takes over; from the recorded position, sending again
 * what was in flight (the consumers' inboxes drop the copies).
 *
 * <p>A seq the reading finds missing is not passed until the transaction that took it has ended ({@link SeqGaps}).
 */
final class OutboxCursor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxCursor.class);
    /** Any constant will do: advisory locks are per database, and each service has its own. */
    private static final long RELAY_LOCK = 0x6b796f736f7265L; // "kyosore"
    private static final String LEAD = "select pg_try_advisory_lock(?)";
    private static final String LET_GO = "select pg_advisory_unlock(?)";
    /*
     * The outbox holds days of history and, after a bulk import, hundreds of thousands of waiting rows; a plan made
     * while it was nearly empty (pgjdbc prepares a statement on the server after five uses, and PostgreSQL then keeps
     * one plan for it) read the whole table per batch until autovacuum next looked at it: 4,600 events/s instead of
     * 40,000 in the bench. Every statement of the relay goes through the primary key, whatever the statistics say.
     */
    private static final String KEY_ONLY = "set enable_seqscan = off";
    private static final String KEY_ONLY_UNDONE = "reset enable_seqscan";
    /*
     * Recording the position after every batch took a fifth of the relay's time (an update and its commit per 500
     * events). A position recorded late only means that a relay starting from it sends again what came after it,
     * which the consumers' inboxes drop.
     */
    private static final long RECORD_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final String POSITION = "select last_seq from outbox_relay_position";
    /*
     * The text columns are read as the bytes PostgreSQL sends, since they go to Kafka as bytes (id cast to text for
     * the same reason), and so is the time, which PostgreSQL writes as the CloudEvent's RFC 3339 text in UTC: parsing
     * a timestamp in the driver and writing it again in Java was a sixth of the relay's own CPU.
     */
    private static final String READ = """
            select seq, id::text, topic, event_key, event_type, source,
                   to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), correlation_id, payload
            from outbox_event
            where seq > ?
            order by seq
            limit ?""";
    /*
     * The transactions writing to the outbox: an insert locks the table (RowExclusiveLock, until its transaction ends)
     * before its default takes the seq. Virtual transaction ids, since a transaction has one from its start.
     */
    private static final String WRITERS = """
            select coalesce(array_agg(distinct virtualtransaction), '{}')
            from pg_locks
            where locktype = 'relation' and relation = 'outbox_event'::regclass and mode = 'RowExclusiveLock'
              and database = (select oid from pg_database where datname = current_database())""";
    /*
     * Each transaction holds the lock of its own virtual id until it ends; a transaction waiting for another's (as
     * CREATE INDEX CONCURRENTLY does) is listed too, not granted.
     */
    private static final String RUNNING = """
            select coalesce(array_agg(distinct virtualxid), '{}')
            from pg_locks
            where locktype = 'virtualxid' and granted and virtualxid = any(?)""";
    private static final String ADVANCE = "update outbox_relay_position set last_seq = ?";

    private final Connection connection;
    private final SeqGaps gaps = new SeqGaps();
    /** In the database: every row up to here is on Kafka. */
    private long recorded;
    private long recordedAt = System.nanoTime();
    /** Acknowledged: every row up to here is on Kafka. Noted by the relay thread, written down by the reader. */
    private volatile long sent;
    /** Handed out: every row up to here is on Kafka or in a batch in flight. */
    private long read;

    private OutboxCursor(Connection connection, long position) {
        this.connection = connection;
        this.recorded = position;
        this.sent = position;
        this.read = position;
    }

    /**
     * @return the cursor at the recorded position, holding a connection of {@code pool} until closed; null when
     *         another relay holds this outbox
     */
    static OutboxCursor open(DataSource pool) throws SQLException {
        Connection connection = pool.getConnection();
        try {
            connection.setAutoCommit(true);
            if (!lead(connection)) {
                connection.close();
                return null;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(KEY_ONLY);
            }
            return new OutboxCursor(connection, position(connection));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * The next rows that may be sent, at most {@code limit}, in {@code seq} order; empty when there is none or the
     * oldest waits for a transaction still running.
     */
    List<OutboxRow> next(int limit) throws SQLException {
        SeqGaps.Passable passable = passable(limit);
        if (passable.gapToMark() != null) {
            gaps.mark(passable.gapToMark(), writers());
            if (passable.rows().isEmpty()) {
                // Mostly a writer that committed a moment later than the one after it, or one long rolled back:
                // either is passed by this second look.
                passable = passable(limit);
            }
        }
        read = passable.through();
        return passable.rows();
    }

    /**
     * Notes that every row up to {@code through} is on Kafka; {@link #record} writes it down. Called from one thread
     * only, while another may record.
     */
    void sent(long through) {
        sent = Math.max(sent, through);
    }

    /** Records the position noted by {@link #sent} if the last record is 100 ms old. */
    void recordIfDue() throws SQLException {
        if (System.nanoTime() - recordedAt >= RECORD_INTERVAL_NANOS) {
            record();
        }
    }

    /** Records the position noted by {@link #sent}, if it is not yet. */
    void record() throws SQLException {
        if (sent != recorded) {
            try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                advance.setLong(1, sent);
                advance.executeUpdate();
            }
            recorded = sent;
        }
        recordedAt = System.nanoTime();
    }

    /** Records the position, lets another relay take over and gives the connection back. */
    @Override
    public void close() {
        try {
            record();
        } catch (SQLException e) {
            LOG.debug("Recording the relay's position failed: {}", e.toString()); // sent again from the last one
        }
        try (Statement statement = connection.createStatement();
             PreparedStatement letGo = connection.prepareStatement(LET_GO)) {
            statement.execute(KEY_ONLY_UNDONE);
            letGo.setLong(1, RELAY_LOCK);
            letGo.execute();
        } catch (SQLException e) {
            // A broken connection has let go of the lock already, and the pool drops it.
            LOG.debug("Letting go of the outbox failed: {}", e.toString());
        }
        closeQuietly(connection);
    }

    /**
     * Reads on from the rows handed out. Which of the transactions the gaps wait for still run is asked first: pg_locks
     * is read as it is, not in a snapshot, and a transaction seen ended there has its commit in the read's snapshot.
     */
    private SeqGaps.Passable passable(int limit) throws SQLException {
        Set<String> marked = gaps.marked();
        Set<String> running = marked.isEmpty() ? Set.of() : running(marked);
        try (PreparedStatement select = connection.prepareStatement(READ)) {
            select.setLong(1, read);
            select.setInt(2, limit);
            try (ResultSet result = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getBytes(2), result.getString(3),
                            result.getString(4), result.getBytes(5), result.getBytes(6),
                            result.getBytes(7), result.getBytes(8), result.getBytes(9)));
                }
                return gaps.passable(read, rows, running);
            }
        }
    }

    /** The virtual ids of the transactions writing to the outbox now. */
    private Set<String> writers() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITERS)) {
            return ids(statement);
        }
    }

    /** Those of {@code transactions} still running. */
    private Set<String> running(Set<String> transactions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RUNNING)) {
            statement.setArray(1, connection.createArrayOf("text", transactions.toArray()));
            return ids(statement);
        }
    }

    private static Set<String> ids(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            result.next();
            return Set.of((String[]) result.getArray(1).getArray());
        }
    }

    private static boolean lead(Connection connection) throws SQLException {
        try (PreparedStatement lead = connection.prepareStatement(LEAD)) {
            lead.setLong(1, RELAY_LOCK);
            try (ResultSet result = lead.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static long position(Connection connection) throws SQLException {
        return single(connection, POSITION);
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the relay's connection failed: {}", e.toString());
        }
    }
}
