package jp.kyoso.messaging.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.testsupport.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The publishing side, end to end: {@link Outbox#append} in a transaction, the relay to Kafka, and back through the
 * inbox into the test read model. What is checked on the topic itself (not only in the deduplicating read model) is
 * that every event is sent once and in its order per aggregate.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayIT implements TestPropertyProvider {

    private static final String SERVICE = "messaging_outbox_it";
    private static final Duration LONG = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ApprovalLedger ledger;

    private final String kafka = Backbone.kafka().bootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        return Backbone.properties(SERVICE);
    }

    @Test
    void twoRelaysOnOneOutboxSendEveryEventOnceInItsOrder() {
        Map<String, Object> secondInstance = new LinkedHashMap<>(Backbone.properties(SERVICE));
        secondInstance.put("kyoso.messaging.consumer-enabled", "false");
        List<String> organisations = List.of(Approvals.newOrganisation(), Approvals.newOrganisation());
        List<String> expected = steps(60);
        try (ApplicationContext second = ApplicationContext.run(secondInstance)) {
            for (String step : expected) {
                for (String organisation : organisations) {
                    append(Approvals.approval(organisation, step));
                }
            }
            for (String organisation : organisations) {
                List<ConsumerRecord<byte[], byte[]>> sent = await().atMost(LONG).until(
                        () -> KafkaRecords.withSubject(kafka, Approvals.TOPIC, organisation),
                        found -> found.size() >= expected.size());
                assertEquals(expected.size(), sent.size(), "an event was sent twice");
                Set<String> ids = new HashSet<>();
                sent.forEach(record -> ids.add(KafkaRecords.header(record, CloudEventHeaders.ID)));
                assertEquals(expected.size(), ids.size());
                assertEquals(expected, sent.stream().map(OutboxRelayIT::name).toList());
            }
        }
        for (String organisation : organisations) {
            await().atMost(LONG).until(() -> ledger.names(organisation).size() == expected.size());
            assertEquals(expected, ledger.names(organisation));
        }
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
