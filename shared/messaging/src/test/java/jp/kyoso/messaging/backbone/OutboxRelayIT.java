package jp.kyoso.messaging.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.messaging.outbox.OutboxMaintenance;
import jp.kyoso.testsupport.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The publishing side, end to end: {@link Outbox#append} in a transaction, the relay to Kafka, and back through the
 * inbox into the test read model. What is checked on the topic itself (not only in the deduplicating read model) is
 * that every event is sent, in its order per aggregate, and once where nothing failed. Small relay batches
 * ({@value #BATCH} rows) make every test here run through many batches, sent while earlier ones wait for Kafka.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayIT implements TestPropertyProvider {

    private static final String SERVICE = "messaging_outbox_it";
    private static final Duration LONG = Duration.ofSeconds(60);
    private static final int BATCH = 10;

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ApprovalLedger ledger;

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxMaintenance maintenance;

    private final String kafka = Backbone.kafka().bootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return relayProperties();
    }

    private static Map<String, String> relayProperties() {
        Map<String, String> properties = new LinkedHashMap<>(Backbone.properties(SERVICE));
        properties.put("kyoso.messaging.relay-batch-size", String.valueOf(BATCH));
        return properties;
    }

    @Test
    void batchesTakenWhileEarlierOnesWaitForKafkaKeepEachAggregatesOrder() {
        List<String> organisations = organisations(30);
        List<String> expected = steps(40);
        double overlappingBefore = counter("kyoso.outbox.batches.overlapping");

        // A backlog of 1,200 rows in 4 commits, each aggregate's events spread over all of them.
        for (List<String> steps : List.of(expected.subList(0, 10), expected.subList(10, 20),
                expected.subList(20, 30), expected.subList(30, 40))) {
            appendAll(organisations, steps);
        }

        Map<String, List<ConsumerRecord<byte[], byte[]>>> sent = awaitSent(organisations, expected.size());
        for (String organisation : organisations) {
            assertEquals(expected, names(firstOfEach(sent.get(organisation))), organisation);
        }
        assertTrue(counter("kyoso.outbox.batches.overlapping") > overlappingBefore,
                "no batch was taken while an earlier one waited for Kafka");
        awaitHandled(organisations, expected);
    }

    @Test
    void aBrokerStoppedMidStreamLosesNothingAndKeepsEachAggregatesOrder() {
        List<String> organisations = organisations(50);
        List<String> expected = steps(200);
        double failuresBefore = counter("kyoso.outbox.relay.failures");
        appendAll(organisations, expected); // 10,000 rows, 1,000 batches at least

        await().atMost(LONG).pollInterval(Duration.ofMillis(10)).until(() -> maintenance.backlog() < 10_000);
        Backbone.kafka().stop();
        try {
            // Rows in flight count too: the position moves past them once Kafka has them.
            assertTrue(maintenance.backlog() > 0, "the relay had sent everything before the broker stopped");
            await().atMost(LONG).until(() -> counter("kyoso.outbox.relay.failures") > failuresBefore);
        } finally {
            Backbone.kafka().start();
        }

        await().atMost(LONG).until(() -> maintenance.backlog() == 0);
        Map<String, List<ConsumerRecord<byte[], byte[]>>> sent = awaitSent(organisations, expected.size());
        for (String organisation : organisations) {
            // Duplicates are allowed (rows of a rolled-back batch that Kafka had taken are sent again, and the inbox
            // drops them); what counts is that each event's first copy comes in the aggregate's order.
            assertEquals(expected, names(firstOfEach(sent.get(organisation))), organisation);
        }
        awaitHandled(organisations, expected);
        Set<String> subjects = Set.copyOf(organisations);
        assertTrue(KafkaRecords.matching(kafka, Topics.deadLetterOf(Approvals.TOPIC),
                record -> subjects.contains(KafkaRecords.header(record, CloudEventHeaders.SUBJECT))).isEmpty());
    }

    @Test
    void twoRelaysOnOneOutboxSendEveryEventOnceInItsOrder() {
        Map<String, Object> secondInstance = new LinkedHashMap<>(relayProperties());
        secondInstance.put("kyoso.messaging.consumer-enabled", "false");
        List<String> organisations = organisations(6);
        List<String> expected = steps(60);
        try (ApplicationContext second = ApplicationContext.run(secondInstance)) {
            for (String step : expected) {
                for (String organisation : organisations) {
                    append(Approvals.approval(organisation, step));
                }
            }
            Map<String, List<ConsumerRecord<byte[], byte[]>>> sent = awaitSent(organisations, expected.size());
            for (String organisation : organisations) {
                List<ConsumerRecord<byte[], byte[]>> records = sent.get(organisation);
                assertEquals(expected.size(), records.size(), "an event was sent twice");
                assertEquals(expected, names(records));
            }
        }
        awaitHandled(organisations, expected);
    }

    @Test
    void eventIdsAreVersion7AndAscendInTheOrderTheyWereWritten() {
        String organisation = Approvals.newOrganisation();
        List<String> expected = steps(50);
        for (String step : expected) {
            append(Approvals.approval(organisation, step));
        }

        List<String> ids = awaitSent(List.of(organisation), expected.size()).get(organisation).stream()
                .map(record -> KafkaRecords.header(record, CloudEventHeaders.ID)).distinct().toList();
        assertEquals(expected.size(), ids.size());
        for (String id : ids) {
            assertEquals(7, UUID.fromString(id).version(), id);
        }
        // As text, the form every inbox and fact key stores, so that those indexes grow at their end.
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void aBrokerOutageIsWaitedOutWithNothingLostOrDeadLettered() {
        String organisation = Approvals.newOrganisation();
        List<String> expected = steps(5);
        Backbone.kafka().stop();
        try {
            for (String step : expected) {
                append(Approvals.approval(organisation, step));
            }
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> ledger.names(organisation).isEmpty());
        } finally {
            Backbone.kafka().start();
        }

        await().atMost(LONG).until(() -> ledger.names(organisation).size() == expected.size());
        assertEquals(expected, ledger.names(organisation));
        assertTrue(KafkaRecords.withSubject(kafka, Topics.deadLetterOf(Approvals.TOPIC), organisation).isEmpty());
    }

    private void append(OrganisationApproved approval) {
        transactions.executeWrite(status -> {
            outbox.append(approval);
            return null;
        });
    }

    /** One transaction appending every step of every organisation, step by step. */
    private void appendAll(List<String> organisations, List<String> steps) {
        transactions.executeWrite(status -> {
            for (String step : steps) {
                for (String organisation : organisations) {
                    outbox.append(Approvals.approval(organisation, step));
                }
            }
            return null;
        });
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    /**
     * Waits until the topic holds at least {@code events} distinct events of every organisation.
     *
     * @return every record of each organisation, in offset order (one aggregate is on one partition)
     */
    private Map<String, List<ConsumerRecord<byte[], byte[]>>> awaitSent(List<String> organisations, int events) {
        Set<String> subjects = Set.copyOf(organisations);
        return await().atMost(LONG).pollInterval(Duration.ofMillis(500)).until(
                () -> KafkaRecords.matching(kafka, Approvals.TOPIC,
                                record -> subjects.contains(KafkaRecords.header(record, CloudEventHeaders.SUBJECT)))
                        .stream()
                        .collect(Collectors.groupingBy(record -> KafkaRecords.header(record, CloudEventHeaders.SUBJECT))),
                bySubject -> organisations.stream().allMatch(organisation ->
                        firstOfEach(bySubject.getOrDefault(organisation, List.of())).size() >= events));
    }

    private void awaitHandled(List<String> organisations, List<String> expected) {
        for (String organisation : organisations) {
            await().atMost(LONG).until(() -> ledger.names(organisation).size() == expected.size());
            assertEquals(expected, ledger.names(organisation));
        }
    }

    /** The records without the later copies of an event (same {@code ce_id}) sent again after a failure. */
    private static List<ConsumerRecord<byte[], byte[]>> firstOfEach(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> ids = new HashSet<>();
        return records.stream().filter(record -> ids.add(KafkaRecords.header(record, CloudEventHeaders.ID))).toList();
    }

    private static List<String> names(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(OutboxRelayIT::name).toList();
    }

    private static List<String> organisations(int count) {
        List<String> organisations = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            organisations.add(Approvals.newOrganisation());
        }
        return organisations;
    }

    private static List<String> steps(int count) {
        List<String> steps = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            steps.add("step " + n);
        }
        return steps;
    }

    private static String name(ConsumerRecord<byte[], byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        return json.replaceAll(".*\"name\":\"([^\"]*)\".*", "$1");
    }
}
