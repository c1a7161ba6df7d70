package jp.kyoso.bench;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.messaging.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * City Lab's outbox relay against a bare producer. {@code n} rows are committed to the outbox at once (one copy of a
 * real proposal event each, keys spread over 1,000 aggregates, on a topic nobody consumes) and timed from the commit
 * until the relay has sent the last one (its position has passed every row). The bare producer ({@link BareProducer})
 * sends records of the same sizes as the relay's producer would, in a JVM with City Lab's flags (the goal's baseline)
 * and, as every run before 2026-12-07 did, in the bench's own JVM.
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

    /** @return events per second a bare producer in the bench's JVM gets acknowledged */
    double bareProducer(int n) throws Exception {
        ConsumerLag.awaitCaughtUp(platform, Set.of(), "before the bare producer's run");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaClients(platform.kafka().bootstrapServers())
                .producer("bench-bare-producer")) {
            return BareProducer.send(producer, PRODUCER_TOPIC, proposalValue(), n);
        }
    }

    /**
     * @return a bare producer in a JVM with City Lab's flags, whose runs ({@link BareProducer.Remote#send}) are timed
     *         as the relay's are
     */
    BareProducer.Remote bareProducerLikeCityLab(Path log) throws Exception {
        return BareProducer.startLike("city-lab", platform.kafka().bootstrapServers(), PRODUCER_TOPIC, proposalValue(),
                log);
    }

    /** @return events per second a bare producer in its own JVM gets acknowledged */
    double bareProducer(BareProducer.Remote producer, int n) throws Exception {
        ConsumerLag.awaitCaughtUp(platform, Set.of(), "before the bare producer's run");
        return producer.send(n);
    }

    /** Makes the bare producer's topic, as the relay's is made by its first run; the value of its records. */
    private byte[] proposalValue() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafka().bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(PRODUCER_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(PRODUCER_TOPIC, 3, (short) 1))).all().get();
            }
        }
        return cityLab.text("select payload " + LATEST_PROPOSAL).getBytes(StandardCharsets.UTF_8);
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
