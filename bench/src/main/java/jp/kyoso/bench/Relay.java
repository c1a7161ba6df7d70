package jp.kyoso.bench;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.messaging.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * City Lab's outbox relay against a bare producer. {@code n} rows are committed to the outbox at once (one copy of a
 * real proposal event each, keys spread over 1,000 aggregates, on a topic nobody consumes) and timed from the commit
 * until the relay has sent the last one (its position has passed every row). The bare producer sends records of
 * the same key, value and header sizes through a producer made as the relay's is ({@link KafkaClients#producer}:
 * idempotent, acks=all, the same batching) and waits for every acknowledgement.
 */
final class Relay {

    static final String RELAY_TOPIC = "bench.relay.events";
    static final String PRODUCER_TOPIC = "bench.producer.events";
    /** The newest proposal event City Lab wrote, sent or waiting: the template of the rows the benchmarks copy. */
    static final String LATEST_PROPOSAL =
            "from outbox_event where event_type like '%proposal.submitted%' order by seq desc limit 1";

    private final LocalPlatform platform;
    private final Db cityLab;

    Relay(LocalPlatform platform) {
        this.platform = platform;
        this.cityLab = new Db(platform, "citylab");
    }

    /** @return events per second from commit to the last row sent */
    double kyoso(int n) throws Exception {
        awaitQuiet("before the relay's run");
        // Read before the clock starts: the history the relay keeps grows with every run.
        String[] event = cityLab.row("select event_type, source, correlation_id, payload " + LATEST_PROPOSAL);
        cityLab.update("""
                insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, correlation_id, payload)
                select gen_random_uuid(), ?, 'bench-aggregate-' || (i % 1000), ?, ?, now(), ?, ?
                from generate_series(1, ?) i
                """, RELAY_TOPIC, event[0], event[1], event[2], event[3], n);
        // From the commit, as the relay sees the rows only then: the insert of n rows is the writer's cost, not the
        // relay's (until 2026-12-07 the clock started before it, charging the relay a few seconds of every run).
        long started = System.nanoTime();
        awaitEmpty();
        return n / ((System.nanoTime() - started) / 1e9);
    }

    /** @return events per second a bare producer gets acknowledged */
    double bareProducer(int n) throws Exception {
        ConsumerLag.awaitCaughtUp(platform, Set.of(), "before the bare producer's run");
        String payload = cityLab.text("select payload " + LATEST_PROPOSAL);
        byte[] value = payload.getBytes(StandardCharsets.UTF_8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafka().bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(PRODUCER_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(PRODUCER_TOPIC, 3, (short) 1))).all().get();
            }
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaClients(platform.kafka().bootstrapServers())
                .producer("bench-bare-producer")) {
            long started = System.nanoTime();
            Future<RecordMetadata> last = null;
            for (int i = 0; i < n; i++) {
                last = producer.send(new ProducerRecord<>(PRODUCER_TOPIC, null,
                        ("bench-aggregate-" + (i % 1000)).getBytes(StandardCharsets.UTF_8), value, headers()));
            }
            producer.flush();
            last.get();
            return n / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** The relay's CloudEvents headers, the same sizes. */
    private static RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/services/city-lab".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "jp.kyoso.citylab.proposal.submitted.v1".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", "bench-aggregate-000".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_time", "2026-11-23T16:00:00.123456Z".getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_correlationid", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** Waits until the relay has sent every row and every consumer group has read what it sent. */
    void awaitQuiet(String what) throws Exception {
        awaitEmpty();
        ConsumerLag.awaitCaughtUp(platform, Set.of(), what);
    }

    /**
     * Waits until the relay has sent every row. Asks for the first row after its position through the {@code seq}
     * key instead of counting them all, 50 times a second, on the cores the relay runs on.
     */
    void awaitEmpty() {
        await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> cityLab.count("""
                        select count(*) from (
                            select 1 from outbox_event where seq > (select last_seq from outbox_relay_position) limit 1
                        ) w""") == 0);
    }
}
