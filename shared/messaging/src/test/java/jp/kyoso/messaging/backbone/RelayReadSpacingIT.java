package jp.kyoso.messaging.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.testsupport.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code relay-read-spacing}: a relay that has caught up reads again only that long after its last read, however
 * soon a commit wakes it, so that a steady stream of commits goes to Kafka in batches. The spacing here is long enough
 * to tell from the moments Kafka records its records (their send times) whether the relay waited.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayReadSpacingIT implements TestPropertyProvider {

    private static final Duration SPACING = Duration.ofSeconds(5);

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    private final String kafka = Backbone.kafka().bootstrapServers();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new LinkedHashMap<>(Backbone.properties("messaging_read_spacing_it"));
        properties.put("kyoso.messaging.relay-read-spacing", SPACING.toMillis() + "ms");
        properties.put("kyoso.messaging.consumer-enabled", "false");
        return properties;
    }

    @Test
    void commitsAfterACaughtUpReadWaitForTheSpacingAndGoOutTogether() {
        String organisation = Approvals.newOrganisation();
        append(Approvals.approval(organisation, "first"));
        ConsumerRecord<byte[], byte[]> first = awaitSent(organisation, 1).get(0);

        // Two commits, each of which wakes the relay at once; its last read found nothing after "first".
        append(Approvals.approval(organisation, "second"));
        append(Approvals.approval(organisation, "third"));
        List<ConsumerRecord<byte[], byte[]>> sent = awaitSent(organisation, 3);

        assertEquals(3, sent.size(), "each event sent once");
        long waited = sent.get(1).timestamp() - first.timestamp();
        assertTrue(waited >= SPACING.minusSeconds(1).toMillis(),
                "the second event went out " + waited + " ms after the first, before the spacing of " + SPACING);
        long apart = sent.get(2).timestamp() - sent.get(1).timestamp();
        assertTrue(apart < SPACING.toMillis() / 2,
                "the second and third events went out " + apart + " ms apart, not in one read");
    }

    private void append(OrganisationApproved approval) {
        transactions.executeWrite(status -> {
            outbox.append(approval);
            return null;
        });
    }

    /** @return the organisation's records in offset order, once there are {@code events} */
    private List<ConsumerRecord<byte[], byte[]>> awaitSent(String organisation, int events) {
        return await().atMost(SPACING.multipliedBy(4)).pollInterval(Duration.ofMillis(200)).until(
                () -> KafkaRecords.withSubject(kafka, Approvals.TOPIC, organisation),
                records -> records.size() >= events);
    }
}
