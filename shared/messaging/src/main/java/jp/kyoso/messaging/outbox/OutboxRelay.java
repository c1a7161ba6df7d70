package jp.kyoso.messaging.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.messaging.config.MessagingSettings;
import jp.kyoso.messaging.kafka.KafkaClients;
import jp.kyoso.messaging.kafka.TopicInitializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox rows to Kafka, each aggregate's in {@code seq} order, as a pipeline of batches. A batch
 * is taken in a transaction of its own (one statement moves its rows from {@code outbox_event} to
 * {@code outbox_event_sent}), handed to the producer, and committed only once Kafka has acknowledged every row of it;
 * while it waits for those acknowledgements the next batch is already taken and sent ({@code relay-pipeline-depth}
 * batches in flight at most), so the database's work and Kafka's overlap instead of taking turns.
 *
 * <p>Order: a new batch takes no row of an aggregate that a batch in flight holds ({@link OutboxClaim}), so whatever
 * happens to that batch, no later event of its aggregates has been sent meanwhile. Within a batch, the rows of one
 * aggregate go to one partition (the key is the aggregate id) through an idempotent producer that keeps their order
 * ({@link jp.kyoso.messaging.kafka.KafkaClients#producer}; the module's README says in which rare case Kafka does not).
 *
 * <p>Failure: when a row is refused or not acknowledged in time, or the database fails, every batch in flight is rolled
 * back (its rows, acknowledged or not, are back in the outbox), the producer is replaced, and after a back-off the
 * relay starts again from the oldest row. Nothing is lost; rows Kafka had already taken are sent twice, which the
 * consumers' inboxes drop. A crash before a commit puts the rows back the same way (its transactions end with it).
 *
 * <p>Several relays (one per replica of a service) share an outbox: a row is taken by one of them at a time, and a
 * relay that finds the oldest rows taken by another gives way ({@link OutboxClaim}).
 */
@Singleton
@Requires(property = "kyoso.messaging.relay-enabled", notEquals = "false")
public class OutboxRelay implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** Longer than the producer's delivery timeout, so a batch's fate is normally Kafka's answer, not this limit. */
    private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(15);
    /** The same on every record; Kafka only reads header values, so one array serves them all. */
    private static final byte[] SPEC_VERSION = utf8(CloudEventHeaders.SPEC_VERSION_VALUE);
    private static final byte[] JSON = utf8(CloudEventHeaders.JSON);

    private final DataSource pool;
    private final KafkaClients clients;
    private final TopicInitializer topics;
    private final OutboxSignal signal;
    private final MessagingSettings settings;
    private final Counter published;
    private final Counter overlapping;
    private final Counter failures;
    private final String clientId;
    /** Oldest first. Only the relay thread touches it. */
    private final Deque<RelayBatch> inFlight = new ArrayDeque<>();
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<byte[], byte[]> producer;

    /**
     * @param dataSource the service's data source; the relay uses the pool behind it directly, because its
     *                   transactions outlive a method call and two are open at once on one thread, which Micronaut's
     *                   thread-bound transactions do not allow
     */
    public OutboxRelay(DataSource dataSource, KafkaClients clients, TopicInitializer topics, OutboxSignal signal,
                       MessagingSettings settings, MeterRegistry meters,
                       @io.micronaut.context.annotation.Value("${kyoso.service-name}") String serviceName) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clients = clients;
        this.topics = topics;
        this.signal = signal;
        this.settings = settings;
        this.published = Counter.builder("kyoso.outbox.published").description("Events relayed to Kafka")
                .register(meters);
        this.overlapping = Counter.builder("kyoso.outbox.batches.overlapping")
                .description("Relay batches taken and sent while an earlier batch waited for Kafka")
                .register(meters);
        this.failures = Counter.builder("kyoso.outbox.relay.failures")
                .description("Times the relay rolled back its batches in flight after a failure")
                .register(meters);
        this.clientId = serviceName + "-outbox-relay";
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    private void run() {
        Duration backoff = settings.retryBackoff();
        try {
            while (running) {
                try {
                    if (!step()) {
                        signal.await(settings.relayIdleDelay());
                    }
                    backoff = settings.retryBackoff();
                } catch (SQLException | RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    failures.increment();
                    LOG.warn("Outbox relay failed; {} batch(es) in flight rolled back, retrying in {} ms: {}",
                            inFlight.size(), backoff.toMillis(), e.toString());
                    rollBackInFlight();
                    // It may hold sends it will never complete; a new one starts clean.
                    closeProducer();
                    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rollBackInFlight(); // stop() closes the producer: closing it here, interrupted, would throw
        }
    }

    /**
     * One move of the pipeline: while there is room, take the next batch and send it; otherwise, or when there is
     * nothing to take, wait for the oldest batch's acknowledgements and commit it.
     *
     * @return false when there was nothing to do
     */
    private boolean step() throws SQLException, InterruptedException {
        if (inFlight.size() < settings.relayPipelineDepth()) {
            RelayBatch next = takeAndSend();
            if (next != null) {
                if (!inFlight.isEmpty()) {
                    overlapping.increment();
                }
                inFlight.addLast(next);
                return true;
            }
        }
        RelayBatch oldest = inFlight.peekFirst();
        if (oldest == null) {
            return false;
        }
        // Kept in the pipeline until committed, so that a failure here rolls it back with the others.
        oldest.commitOnceAcknowledged(ACKNOWLEDGEMENT_TIMEOUT);
        inFlight.removeFirst().close();
        published.increment(oldest.rows().size());
        return true;
    }

    /** @return the batch in flight, or null when no row may be taken now */
    private RelayBatch takeAndSend() throws SQLException {
        Set<String> keysInFlight = new HashSet<>();
        inFlight.forEach(batch -> keysInFlight.addAll(batch.keys()));
        Connection connection = pool.getConnection();
        RelayBatch batch = null;
        try {
            connection.setAutoCommit(false);
            List<OutboxRow> rows = OutboxClaim.take(connection, keysInFlight, settings.relayBatchSize(),
                    settings.relayPipelineDepth());
            batch = new RelayBatch(connection, rows);
            if (rows.isEmpty()) {
                batch.close();
                return null;
            }
            topics.ensure(rows.stream().map(OutboxRow::topic).distinct().toList());
            batch.send(producer());
            return batch;
        } catch (SQLException | RuntimeException e) {
            if (batch != null) {
                batch.close();
            } else {
                connection.close(); // the pool rolls back a connection returned inside a transaction
            }
            throw e;
        }
    }

    /**
     * Puts the rows of every batch in flight back in the outbox, acknowledged or not: they are taken and sent again,
     * oldest first, so acknowledgements still to come for them no longer matter.
     */
    private void rollBackInFlight() {
        while (!inFlight.isEmpty()) {
            inFlight.removeFirst().close();
        }
    }

    static ProducerRecord<byte[], byte[]> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, SPEC_VERSION);
        headers.add(CloudEventHeaders.ID, row.id());
        headers.add(CloudEventHeaders.SOURCE, row.source());
        headers.add(CloudEventHeaders.TYPE, row.type());
        byte[] key = utf8(row.key());
        headers.add(CloudEventHeaders.SUBJECT, key);
        headers.add(CloudEventHeaders.TIME, utf8(row.occurredAt().toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, JSON);
        if (row.correlationId() != null) {
            headers.add(CloudEventHeaders.CORRELATION_ID, row.correlationId());
        }
        return new ProducerRecord<>(row.topic(), null, key, row.payload(), headers);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = clients.producer(clientId);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
        closeProducer();
    }
}
