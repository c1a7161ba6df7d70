package jp.kyoso.messaging.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.Topics;
import jp.kyoso.messaging.inbox.DeadLetters;
import jp.kyoso.messaging.inbox.InboxConsumer;
import jp.kyoso.messaging.inbox.ReplayStatus;
import jp.kyoso.testsupport.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The inbox side of the backbone, from raw Kafka records to the test read model ({@link ApprovalLedger}): every
 * failure the consumer promises to survive is caused here for real (a stopped PostgreSQL, unreadable records, a
 * handler that throws), and the outcome is read from the ledger and the dead-letter topic.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxConsumerIT implements TestPropertyProvider {

    private static final String SERVICE = "messaging_inbox_it";
    private static final Duration LONG = Duration.ofSeconds(60);

    @Inject
    ApprovalLedger ledger;

    @Inject
    InboxConsumer consumer;

    @Inject
    TransactionOperations<Connection> transactions;

    private final String kafka = Backbone.kafka().bootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return Backbone.properties(SERVICE);
    }

    @Test
    void theSameEventDeliveredThreeTimesChangesStateOnce() {
        String organisation = Approvals.newOrganisation();
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 3; delivery++) {
            Approvals.send(kafka, eventId, Approvals.approval(organisation, "once"));
        }
        // A later event of the same aggregate (same partition) proves the three deliveries were consumed before.
        Approvals.send(kafka, Approvals.approval(organisation, "after"));

        await().atMost(LONG).until(() -> ledger.names(organisation).contains("after"));
        assertEquals(List.of("once", "after"), ledger.names(organisation));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLettersWithItsReasonAndTheConsumerMovesOn() {
        String organisation = Approvals.newOrganisation();
        Approvals.sendUnreadable(kafka, organisation);
        Approvals.send(kafka, Approvals.approval(organisation, ApprovalLedger.REFUSE + "always"));
        Approvals.send(kafka, Approvals.approval(organisation, "after the poison"));

        await().atMost(LONG).until(() -> ledger.names(organisation).contains("after the poison"));
        assertEquals(List.of("after the poison"), ledger.names(organisation));
        List<ConsumerRecord<byte[], byte[]>> deadLetters = await().atMost(LONG).until(
                () -> deadLetters(organisation), found -> found.size() == 2);
        List<String> reasons = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> deadLetter : deadLetters) {
            assertEquals(SERVICE, KafkaRecords.header(deadLetter, DeadLetters.CONSUMER));
            assertEquals(Approvals.TOPIC, KafkaRecords.header(deadLetter, DeadLetters.ORIGINAL_TOPIC));
            assertEquals(organisation, new String(deadLetter.key(), StandardCharsets.UTF_8));
            reasons.add(KafkaRecords.header(deadLetter, DeadLetters.REASON));
        }
        assertTrue(reasons.get(0).contains("Unreadable"), reasons.toString());
        assertTrue(reasons.get(1).contains("the test handler refuses"), reasons.toString());
    }

    @Test
    void anInfrastructureFailureRewindsToTheRecordAndWaitsInsteadOfDeadLettering() {
        String organisation = Approvals.newOrganisation();
        // Fails more often than max-attempts (3): a bug would be dead-lettered by now, an outage is waited out.
        Approvals.send(kafka, Approvals.approval(organisation, ApprovalLedger.UNREACHABLE + "first"));
        Approvals.send(kafka, Approvals.approval(organisation, "second"));

        await().atMost(LONG).until(() -> ledger.names(organisation).size() == 2);
        assertEquals(List.of(ApprovalLedger.UNREACHABLE + "first", "second"), ledger.names(organisation));
        assertTrue(deadLetters(organisation).isEmpty());
    }

    @Test
    void aDatabaseOutageIsWaitedOutWithNothingLostOrDeadLettered() {
        String organisation = Approvals.newOrganisation();
        Backbone.postgres().stop();
        try {
            for (int n = 1; n <= 3; n++) {
                Approvals.send(kafka, Approvals.approval(organisation, "during the outage " + n));
            }
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> deadLetters(organisation).isEmpty());
        } finally {
            Backbone.postgres().start();
        }

        // The pool reconnects on its own; until it has, reading the ledger fails too.
        await().atMost(LONG).ignoreExceptions().until(() -> ledger.names(organisation).size() == 3);
        assertEquals(List.of("during the outage 1", "during the outage 2", "during the outage 3"),
                ledger.names(organisation));
        assertTrue(deadLetters(organisation).isEmpty());
    }

    @Test
    void eventsOfOneAggregateAreHandledInTheirOrder() {
        List<String> organisations = List.of(Approvals.newOrganisation(), Approvals.newOrganisation(),
                Approvals.newOrganisation());
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            expected.add("step " + n);
            for (String organisation : organisations) {
                Approvals.send(kafka, Approvals.approval(organisation, "step " + n));
            }
        }

        for (String organisation : organisations) {
            await().atMost(LONG).until(() -> ledger.names(organisation).size() == expected.size());
            assertEquals(expected, ledger.names(organisation));
        }
    }

    @Test
    void aReplayRebuildsTheProjectionFromTheStartOfTheTopic() {
        String organisation = Approvals.newOrganisation();
        Approvals.send(kafka, Approvals.approval(organisation, "before the rebuild 1"));
        Approvals.send(kafka, Approvals.approval(organisation, "before the rebuild 2"));
        await().atMost(LONG).until(() -> ledger.names(organisation).size() == 2);
        long before = ledger.size();

        ReplayStatus requested = consumer.replayFromStart();
        assertFalse(requested.state() == ReplayStatus.State.DONE, requested.toString());
        await().atMost(LONG).until(() -> consumer.replayStatus().state() == ReplayStatus.State.DONE);

        assertEquals(List.of("before the rebuild 1", "before the rebuild 2"), ledger.names(organisation));
        assertEquals(before, ledger.size());
        assertTrue(consumer.replayStatus().replayedEvents() >= before, consumer.replayStatus().toString());
    }

    /** The inbox is truncated only when it is this consumer's alone; another's rows stay, so its events stay seen. */
    @Test
    void aReplayLeavesAnotherConsumersInboxAlone() {
        String otherEvent = UUID.randomUUID().toString();
        transactions.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement("""
                    insert into inbox_event (consumer, event_id, event_type, topic)
                    values ('another-consumer', ?, 'jp.kyoso.test.other.v1', 'other.events')""")) {
                insert.setString(1, otherEvent);
                return insert.executeUpdate();
            }
        });
        String organisation = Approvals.newOrganisation();
        Approvals.send(kafka, Approvals.approval(organisation, "seen before the replay"));
        await().atMost(LONG).until(() -> ledger.names(organisation).size() == 1);
        try {
            consumer.replayFromStart();
            await().atMost(LONG).until(() -> consumer.replayStatus().state() == ReplayStatus.State.DONE);

            assertEquals(1, inboxRows("another-consumer", otherEvent));
            assertEquals(List.of("seen before the replay"), ledger.names(organisation));
        } finally {
            transactions.executeWrite(status -> {
                try (PreparedStatement delete = status.getConnection().prepareStatement(
                        "delete from inbox_event where consumer = 'another-consumer'")) {
                    return delete.executeUpdate();
                }
            });
        }
    }

    private long inboxRows(String consumerName, String eventId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement count = status.getConnection().prepareStatement(
                    "select count(*) from inbox_event where consumer = ? and event_id = ?")) {
                count.setString(1, consumerName);
                count.setString(2, eventId);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLetters(String organisation) {
        return KafkaRecords.withSubject(kafka, Topics.deadLetterOf(Approvals.TOPIC), organisation);
    }
}
