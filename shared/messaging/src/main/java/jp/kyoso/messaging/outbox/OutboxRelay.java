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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
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
 * Publishes committed outbox rows to Kafka in {@code seq} order, as a pipeline of batches. A batch is read after the
 * relay's position ({@link OutboxCursor}; reading writes nothing per row) and handed to the producer; once Kafka has
 * acknowledged every row of it, the position moves past it. While it waits for those acknowledgements the next batch
 * is already read and sent ({@code relay-pipeline-depth} batches in flight at most), and the batch after it is read
 * and made Kafka records on a thread of its own while the relay thread sends: the database's work, the producer's
 * and Kafka's overlap instead of taking turns.
 *
 * <p>Order: every row goes out in {@code seq} order, and a seq still to commit is never passed ({@link SeqGaps}); the
 * rows of one aggregate go to one partition (the key is the aggregate id) through an idempotent producer that keeps
 * their order ({@link jp.kyoso.messaging.kafka.KafkaClients#producer}; the module's README says in which rare case
 * Kafka does not).
 *
 * <p>Failure: when a row is refused or not acknowledged in time, or the database fails, every batch in flight is given
 * up, the producer and the cursor's connection are replaced, and after a back-off the relay reads again from its
 * recorded position. Nothing is lost; rows Kafka had already taken are sent twice, which the consumers' inboxes drop.
 * A crash does the same at the next start.
 *
 * <p>Several relays (one per replica of a service) share an outbox: one reads it at a time, the others stand by and
 * take over when its connection goes ({@link OutboxCursor}).
 */
@Singleton
@Requires(property = "kyoso.messaging.relay-enabled", notEquals = "false")
public class OutboxRelay implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** How often a standby relay asks whether the outbox is free: how soon it takes over. */
    private static final Duration STANDBY_DELAY = Duration.ofSeconds(1);
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
    /** Runs every call of the cursor that reaches the database but its opening and closing, one after the other. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-reader");
        thread.setDaemon(true);
        return thread;
    });
    private OutboxCursor cursor;
    /** {@link System#nanoTime()} before which the next read waits; only the reader thread touches it. */
    private long readNotBefore = System.nanoTime();
    /** The read of the next batch, started while the last one is sent; null when none is under way. */
    private CompletableFuture<Optional<RelayBatch>> readAhead;
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<byte[], byte[]> producer;

    /**
     * @param dataSource the service's data source; the relay holds a connection of the pool behind it for as long as
     *                   it reads the outbox, which Micronaut's thread-bound connections are not meant for
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
                    if (cursor == null && (cursor = OutboxCursor.open(pool)) == null) {
                        TimeUnit.MILLISECONDS.sleep(STANDBY_DELAY.toMillis()); // another relay reads the outbox
                        continue;
                    }
                    if (!step()) {
                        onReader(() -> {
                            cursor.record();
                            return null;
                        });
                        signal.await(settings.relayIdleDelay());
                    }
                    backoff = settings.retryBackoff();
                } catch (SQLException | RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    failures.increment();
                    LOG.warn("Outbox relay failed; {} batch(es) in flight given up, retrying in {} ms: {}",
                            inFlight.size(), backoff.toMillis(), e.toString());
                    // Both may hold work that will never complete (sends, a broken connection); new ones start clean.
                    closeCursor();
                    closeProducer();
                    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeCursor(); // stop() closes the producer: closing it here, interrupted, would throw
        }
    }

    /**
     * One move of the pipeline: while there is room and the next batch is read, send it; otherwise move past the
     * oldest batch once Kafka has acknowledged it, waiting for that or for the next read, whichever comes first.
     *
     * @return false when there was nothing to do
     */
    private boolean step() throws SQLException, InterruptedException {
        boolean room = inFlight.size() < settings.relayPipelineDepth();
        // With batches in flight, their acknowledgements are not kept waiting for a read still under way.
        if (room && (inFlight.isEmpty() || readAhead == null || readAhead.isDone())) {
            Optional<RelayBatch> read = nextBatch();
            if (read.isPresent()) {
                RelayBatch next = read.get();
                topics.ensure(next.topics());
                next.send(producer(), ACKNOWLEDGEMENT_TIMEOUT);
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
        // Kept in the pipeline until acknowledged, so that a failure here gives it up with the others.
        if (!oldest.isAcknowledged()) {
            awaitEither(oldest, room ? readAhead : null);
            return true; // the next step sends what was read or moves past what Kafka took
        }
        cursor.sent(oldest.through());
        inFlight.removeFirst();
        published.increment(oldest.size());
        return true;
    }

    /**
     * Waits for Kafka's answer on the oldest batch or, when it is given and there is room to send what it reads, the
     * next read: whichever comes first. Waiting for the acknowledgement alone left the pipeline one batch deep
     * whenever a read took longer than a send (2026-12-07, fifth session).
     */
    private static void awaitEither(RelayBatch oldest, CompletableFuture<?> read) throws InterruptedException {
        CompletableFuture<?> either = read == null ? oldest.acknowledged()
                : CompletableFuture.anyOf(oldest.acknowledged(), read);
        try {
            either.get(Math.max(0, oldest.nanosLeft()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The next step meets it: the batch's failure or lateness, or the read's failure.
        }
    }

    /** The next batch, if there is one; then the read of the batch after it is started. */
    private Optional<RelayBatch> nextBatch() throws SQLException, InterruptedException {
        Future<Optional<RelayBatch>> read = readAhead != null ? readAhead : startRead();
        readAhead = null;
        Optional<RelayBatch> batch = result(read);
        if (batch.isPresent()) {
            readAhead = startRead();
        }
        return batch;
    }

    private CompletableFuture<Optional<RelayBatch>> startRead() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return read();
            } catch (SQLException e) {
                throw new CompletionException(e); // result() gives the SQLException back
            }
        }, reader);
    }

    /**
     * On the reader thread: writes down how far Kafka has got if it is time to, then reads on and makes the rows
     * Kafka records, so that the relay thread only hands them over.
     */
    private Optional<RelayBatch> read() throws SQLException {
        long early = readNotBefore - System.nanoTime();
        if (early > 0) {
            LockSupport.parkNanos(early); // an early wake-up (stop(), or spurious) only reads sooner
        }
        cursor.recordIfDue();
        List<OutboxRow> rows = cursor.next(settings.relayBatchSize());
        // Caught up: the commits of the next moments are read together (relay-read-spacing). A full batch reads on.
        readNotBefore = System.nanoTime()
                + (rows.size() < settings.relayBatchSize() ? settings.relayReadSpacing().toNanos() : 0);
        return rows.isEmpty() ? Optional.empty() : Optional.of(RelayBatch.of(rows));
    }

    private <T> T onReader(Callable<T> call) throws SQLException, InterruptedException {
        return result(reader.submit(call));
    }

    private static <T> T result(Future<T> call) throws SQLException, InterruptedException {
        try {
            return call.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Gives up every batch in flight, acknowledged or not: the next cursor reads them again from the position the
     * cursor recorded (as it closes, the last one acknowledged).
     */
    private void closeCursor() {
        inFlight.clear();
        if (readAhead != null) {
            try {
                readAhead.get(ACKNOWLEDGEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("The relay's last read failed: {}", e.toString()); // the cursor is closed anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping: the connection is closed under the read
            }
            readAhead = null;
        }
        if (cursor != null) {
            cursor.close();
            cursor = null;
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
        headers.add(CloudEventHeaders.TIME, row.time());
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
        reader.shutdownNow();
    }
}
