package jp.kyoso.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Set;
import java.util.UUID;
import jp.kyoso.testsupport.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim's two rules, on the real outbox tables: which rows a new batch may take while others are in flight, and
 * that another relay's rows are given way to at once. ({@code OutboxRelayIT} checks the same end to end, on Kafka.)
 */
class OutboxClaimIT {

    private static final String DATABASE = "messaging_claim_it";
    private static EmbeddedPostgresServer postgres;

    private final List<Connection> open = new ArrayList<>();

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
            statement.execute("truncate outbox_event, outbox_event_sent");
        }
    }

    @AfterEach
    void closeConnections() throws SQLException {
        for (Connection connection : open) {
            connection.close();
        }
    }

    @Test
    void withNothingInFlightTheOldestRowsAreTakenAndMovedOnCommit() throws SQLException {
        List<Long> seqs = append("a", "b", "a", "c", "b");
        Connection relay = connection(false);

        List<OutboxRow> taken = OutboxClaim.take(relay, Set.of(), 3, 2);

        assertEquals(seqs.subList(0, 3), seqsOf(taken));
        assertEquals(List.of("a", "b", "a"), taken.stream().map(OutboxRow::key).toList());
        OutboxRow first = taken.get(0);
        assertEquals("t.a.events", first.topic());
        assertArrayEquals(utf8("{\"step\":\"しながわ 0\"}"), first.payload());
        assertArrayEquals(utf8("jp.kyoso.t.a.b.v1"), first.type());
        assertEquals(36, first.id().length, "the id as its text");
        assertEquals(5, count("outbox_event"), "uncommitted, the rows are still there for everyone else");
        relay.commit();
        assertEquals(2, count("outbox_event"));
        assertEquals(3, count("outbox_event_sent"));
    }

    @Test
    void noRowOfAnAggregateInFlightIsTakenNotEvenItsLaterOnes() throws SQLException {
        List<Long> seqs = append("a", "b", "a", "c", "b", "d", "c");

        Connection relay = connection(false);

        assertEquals(List.of(seqs.get(1), seqs.get(3), seqs.get(4), seqs.get(5), seqs.get(6)),
                seqsOf(OutboxClaim.take(relay, Set.of("a"), 10, 2)));
        relay.rollback();
        assertEquals(List.of(seqs.get(3), seqs.get(5)), seqsOf(OutboxClaim.take(relay, Set.of("a", "b"), 3, 2)),
                "a smaller batch than asked for when the look finds no more");
    }

    @Test
    void whenEveryWaitingAggregateIsInFlightNothingIsTaken() throws SQLException {
        append("a", "b", "a");

        assertEquals(List.of(), OutboxClaim.take(connection(false), Set.of("a", "b"), 10, 2));
    }

    @Test
    void theLookIsBoundedToTheOldestRowsOfTheBatchesInFlightAndOneMore() throws SQLException {
        // Batches of 2 with 2 in flight at most look at the oldest 4 rows: all of "a" here, so "b" waits its turn.
        append("a", "a", "a", "a", "b");

        assertEquals(List.of(), OutboxClaim.take(connection(false), Set.of("a"), 2, 2));
    }

    @Test
    void rowsAnotherRelayHoldsAreGivenWayToAtOnceAndTakenAfterItsRollback() throws SQLException {
        List<Long> seqs = append("a", "b");
        Connection otherRelay = connection(false);
        assertEquals(List.of(seqs.get(0)), seqsOf(OutboxClaim.take(otherRelay, Set.of(), 1, 2)));
        Connection relay = connection(false);

        long started = System.nanoTime();
        assertEquals(List.of(), OutboxClaim.take(relay, Set.of(), 2, 2));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0,
                "the claim gives up instead of waiting for the other relay's transaction");
        relay.rollback();

        otherRelay.rollback();
        assertEquals(seqs, seqsOf(OutboxClaim.take(relay, Set.of(), 2, 2)));
    }

    @Test
    void aBurstIntoAnOutboxTheRelayHadFoundNearlyEmptyIsReadThroughItsKeyNotWhole() throws SQLException {
        Connection relay = connection(false);
        // A quiet spell: claim after claim on the same connection (a pooled one, as the relay's are) finds one row.
        for (int i = 0; i < 20; i++) {
            append("quiet");
            OutboxClaim.take(relay, Set.of(), 500, 2);
            relay.commit();
        }
        burst(20_000);

        assertEquals(500, OutboxClaim.take(relay, Set.of(), 500, 2).size());
        // A plan made for the nearly empty table read all 20,000 rows per claim, until autovacuum's next look at
        // the table (4,600 events/s for the bench's 200,000 instead of 40,000).
        assertEquals(0, seqScansInThisTransaction(relay), "the claim read the whole outbox");
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

    private static long seqScansInThisTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "select coalesce(seq_scan, 0) from pg_stat_xact_user_tables where relname = 'outbox_event'")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private List<Long> append(String... keys) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (Connection connection = connection(true);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, payload)
                     values (?, 't.a.events', ?, 'jp.kyoso.t.a.b.v1', '/services/x', ?, ?) returning seq""")) {
            for (int i = 0; i < keys.length; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, keys[i]);
                insert.setObject(3, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
                insert.setString(4, "{\"step\":\"しながわ " + i + "\"}");
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    seqs.add(result.getLong(1));
                }
            }
        }
        return seqs;
    }

    private long count(String table) throws SQLException {
        try (Connection connection = connection(true); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
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
