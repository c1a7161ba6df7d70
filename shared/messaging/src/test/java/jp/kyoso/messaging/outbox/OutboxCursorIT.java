package jp.kyoso.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.kyoso.testsupport.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The relay's cursor on the real outbox: rows read in {@code seq} order from the recorded position, a seq still to
 * commit never passed, one cursor per outbox at a time, and the reading going through the key after a burst.
 * ({@code OutboxRelayIT} checks the relay end to end, on Kafka.)
 */
class OutboxCursorIT {

    private static final String DATABASE = "messaging_cursor_it";
    private static EmbeddedPostgresServer postgres;

    private final List<Connection> open = new ArrayList<>();
    private final List<OutboxCursor> cursors = new ArrayList<>();
    /** The connections the cursors were given, newest last. */
    private final List<Connection> handedOut = new ArrayList<>();

    @BeforeAll
    static void startDatabase() {
        postgres = EmbeddedPostgresServer.start(null, 0);
        postgres.createDatabaseIfMissing(DATABASE);
        Flyway.configure().dataSource(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password())
                .locations("classpath:db/messaging").load().migrate();
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        try (Connection connection = connection(true); Statement statement = connection.createStatement()) {
            statement.execute("truncate outbox_event");
            // A sequence never used yet hands out its last_value next.
            statement.execute("""
                    update outbox_relay_position set last_seq = (
                        select case when is_called then last_value else last_value - 1 end from outbox_event_order)""");
        }
    }

    @AfterEach
    void closeConnections() throws SQLException {
        cursors.forEach(OutboxCursor::close);
        for (Connection connection : open) {
            connection.close();
        }
    }

    @Test
    void rowsAreReadInSeqOrderFromTheRecordedPosition() throws SQLException {
        List<Long> seqs = append("a", "b", "a", "c", "b");
        OutboxCursor cursor = cursor();

        List<OutboxRow> first = cursor.next(3);

        assertEquals(seqs.subList(0, 3), seqsOf(first));
        assertEquals(List.of("a", "b", "a"), first.stream().map(OutboxRow::key).toList());
        OutboxRow row = first.get(0);
        assertEquals("t.a.events", row.topic());
        assertArrayEquals(utf8("{\"step\":\"しながわ 0\"}"), row.payload());
        assertArrayEquals(utf8("jp.kyoso.t.a.b.v1"), row.type());
        assertEquals(36, row.id().length, "the id as its text");
        assertArrayEquals(utf8("1970-01-01T00:00:00.000000Z"), row.time(), "the time as RFC 3339 text in UTC");
        assertEquals(seqs.subList(3, 5), seqsOf(cursor.next(3)), "the next read goes on from the rows handed out");
        assertEquals(5, count("outbox_event"), "reading moves or deletes nothing");

        cursor.sent(seqs.get(2));
        cursor.record();
        cursor.close();
        cursors.remove(cursor);
        assertEquals(seqs.subList(3, 5), seqsOf(cursor().next(10)), "a new cursor starts after what was sent");
    }

    @Test
    void aRowCommittedAfterALaterOneIsNotPassedButSentFirst() throws SQLException {
        LateCommit late = lateCommit();
        OutboxCursor cursor = cursor();

        assertEquals(List.of(), cursor.next(10), "the later row went out while the earlier one could still commit");
        assertEquals(List.of(), cursor.next(10));

        late.slowWriter().commit();
        assertEquals(late.seqs(), seqsOf(cursor.next(10)));
    }

    @Test
    void aGapIsHeldWhileItsWriterRunsHoweverManyOthersWaitForIt() throws Exception {
        LateCommit late = lateCommit();
        OutboxCursor cursor = cursor();
        assertEquals(List.of(), cursor.next(10));
        // An index built concurrently waits for every transaction writing to the table, on their virtual ids: the
        // slow writer's id is then listed twice in pg_locks, granted to it and awaited by the builder.
        Connection builder = connection(true);
        CompletableFuture<Void> index = CompletableFuture.runAsync(() -> {
            try (Statement statement = builder.createStatement()) {
                statement.execute("create index concurrently outbox_event_key_it on outbox_event (event_key)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> count("pg_locks where locktype = 'virtualxid' and not granted") > 0);

        assertEquals(List.of(), cursor.next(10), "passed while its writer still ran");

        late.slowWriter().commit();
        assertEquals(late.seqs(), seqsOf(cursor.next(10)));
        index.get(30, TimeUnit.SECONDS);
        try (Statement statement = builder.createStatement()) {
            statement.execute("drop index outbox_event_key_it");
        }
    }

    @Test
    void theSeqOfATransactionThatRolledBackIsPassed() throws SQLException {
        List<Long> before = append("a");
        Connection failedWriter = connection(false);
        append(failedWriter, "a");
        List<Long> after = append("a");
        OutboxCursor cursor = cursor();
        assertEquals(before, seqsOf(cursor.next(10)), "the rows before the gap go at once");

        failedWriter.rollback();

        assertEquals(after, seqsOf(cursor.next(10)));
    }

    @Test
    void aLongTransactionThatDoesNotWriteTheOutboxDoesNotHoldBackARolledBackSeq() throws SQLException {
        Connection longTransaction = connection(false);
        try (Statement statement = longTransaction.createStatement()) {
            // A writing transaction elsewhere, older than the gap, that stays open: until 2026-12-07 the relay waited
            // for every transaction older than the gap on the whole server.
            statement.execute("select pg_current_xact_id()");
        }
        List<Long> before = append("a");
        Connection failedWriter = connection(false);
        append(failedWriter, "a");
        List<Long> after = append("a");
        OutboxCursor cursor = cursor();
        assertEquals(before, seqsOf(cursor.next(10)));

        failedWriter.rollback();

        assertEquals(after, seqsOf(cursor.next(10)), "the gap waited for a transaction that never wrote to the outbox");
    }

    @Test
    void oneCursorReadsAnOutboxAtATime() throws SQLException {
        OutboxCursor first = cursor();

        assertNull(OutboxCursor.open(dataSource()), "a second cursor opened while the first was open");
        first.close();
        cursors.remove(first);
        assertNotNull(cursor(), "the outbox stayed taken after its cursor closed");
    }

    @Test
    void noReadOfTheCursorGoesThroughTheWholeOutboxNotInAQuietSpellNorAfterABurst() throws SQLException {
        OutboxCursor cursor = cursor();
        Connection relay = handedOut.get(handedOut.size() - 1);
        Scans before = scans(relay);
        // A quiet spell: read after read on the same connection (the relay keeps one) finds one row.
        for (int i = 0; i < 20; i++) {
            append("quiet");
            cursor.next(500);
        }
        burst(20_000);
        for (int i = 0; i < 10; i++) {
            assertEquals(500, cursor.next(500).size());
        }

        // The claim before the cursor kept a plan made for the nearly empty table and read all 20,000 rows per batch
        // after the burst, until autovacuum's next look at the table (4,600 events/s for the bench's 200,000 instead
        // of 40,000). Without its setting, the cursor's reads in the quiet spell read the table whole.
        Scans after = await().atMost(Duration.ofSeconds(30)).until(() -> scans(relay),
                scans -> scans.total() >= before.total() + 30);
        assertEquals(before.sequential(), after.sequential(), "the cursor read the whole outbox");
    }

    /** The outbox's scans so far, as the statistics have them once {@code backend} has reported its own. */
    private Scans scans(Connection backend) throws SQLException {
        try (Statement flush = backend.createStatement()) {
            flush.execute("select pg_stat_force_next_flush()");
        }
        try (Connection connection = connection(true); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select coalesce(seq_scan, 0), coalesce(idx_scan, 0)
                     from pg_stat_user_tables where relname = 'outbox_event'""")) {
            result.next();
            return new Scans(result.getLong(1), result.getLong(2));
        }
    }

    private record Scans(long sequential, long index) {

        long total() {
            return sequential + index;
        }
    }

    private void burst(int rows) throws SQLException {
        try (Connection connection = connection(true); PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, payload)
                select gen_random_uuid(), 't.a.events', 'burst-' || (i % 1000), 'jp.kyoso.t.a.b.v1', '/services/x',
                       now(), '{"step":"burst"}'
                from generate_series(1, ?) i""")) {
            insert.setInt(1, rows);
            insert.executeUpdate();
        }
    }

    /** An earlier row of a transaction still open, and a later one committed. */
    private record LateCommit(Connection slowWriter, List<Long> seqs) {
    }

    private LateCommit lateCommit() throws SQLException {
        Connection slowWriter = connection(false);
        long earlier = append(slowWriter, "a");
        long later = append("a").get(0);
        return new LateCommit(slowWriter, List.of(earlier, later));
    }

    private List<Long> append(String... keys) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (Connection connection = connection(true)) {
            for (int i = 0; i < keys.length; i++) {
                seqs.add(append(connection, keys[i], i));
            }
        }
        return seqs;
    }

    private static long append(Connection connection, String key) throws SQLException {
        return append(connection, key, 0);
    }

    private static long append(Connection connection, String key, int step) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, payload)
                values (?, 't.a.events', ?, 'jp.kyoso.t.a.b.v1', '/services/x', ?, ?) returning seq""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, key);
            insert.setObject(3, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
            insert.setString(4, "{\"step\":\"しながわ " + step + "\"}");
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = connection(true); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private OutboxCursor cursor() throws SQLException {
        OutboxCursor cursor = OutboxCursor.open(dataSource());
        assertNotNull(cursor, "another cursor holds the outbox");
        cursors.add(cursor);
        return cursor;
    }

    /** The database as the relay's pool would give it, keeping each connection it hands out. */
    private DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                handedOut.add(connection);
                return connection;
            }
        };
        dataSource.setURL(postgres.jdbcUrl(DATABASE));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        return dataSource;
    }

    private Connection connection(boolean autoCommit) throws SQLException {
        Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password());
        connection.setAutoCommit(autoCommit);
        if (!autoCommit) {
            open.add(connection);
        }
        return connection;
    }

    private static List<Long> seqsOf(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::seq).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
