package jp.kyoso.messaging.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.messaging.config.MessagingSettings;
import jp.kyoso.messaging.kafka.KafkaClients;
import jp.kyoso.messaging.kafka.TopicInitializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox rows to Kafka in {@code seq} order and moves them to {@code outbox_event_sent} in the
 * same transaction, which commits only once Kafka has acknowledged every one of them. A crash before that commit
 * re-sends the rows; consumers' inboxes drop the duplicates. While Kafka is away the batch fails, rolls back, and is
 * tried again. For throughput the database work overlaps Kafka's: a transaction takes up to {@link #ROUNDS} batches,
 * each taken (one statement: read, delete, copy to the history) while the previous batches are still on their way
 * to the broker.
 */
@Singleton
@Requires(property = "kyoso.messaging.relay-enabled", notEquals = "false")
public class OutboxRelay implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final long SEND_TIMEOUT_SECONDS = 15;
    /** Batches per transaction: more rows per commit, and Kafka works on one batch while the next is read. */
    static final int ROUNDS = 8;
    // A transaction-scoped advisory lock: with several relay instances on one outbox only one publishes at a
    // time, which keeps each aggregate's events in order. It is also what keeps two relays off the same rows: the
    // next holder's statement runs after the previous holder committed, so it no longer finds the rows that one took.
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('kyoso.outbox.relay'))";
    // Moving a row (a delete, and an insert into a table with one BRIN index) adds no index entry, where the update
    // of published_at it replaces (never a HOT update: the column was indexed) added three; and it is one statement
    // per batch instead of a read and a write.
    private static final String TAKE = """
            with taken as (
                delete from outbox_event
                where seq in (select seq from outbox_event where seq > ? order by seq limit ?)
                returning seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload,
                          created_at),
            kept as (
                insert into outbox_event_sent (seq, id, topic, event_key, event_type, source, occurred_at,
                                               correlation_id, payload, created_at)
                select seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload, created_at
                from taken)
            select seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload
            from taken order by seq""";

    private final TransactionOperations<Connection> transactions;
    private final KafkaClients clients;
    private final TopicInitializer topics;
    private final OutboxSignal signal;
    private final MessagingSettings settings;
    private final Counter published;
    private final String clientId;
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<byte[], byte[]> producer;

    public OutboxRelay(TransactionOperations<Connection> transactions, KafkaClients clients, TopicInitializer topics,
                       OutboxSignal signal, MessagingSettings settings, MeterRegistry meters,
                       @io.micronaut.context.annotation.Value("${kyoso.service-name}") String serviceName) {
        this.transactions = transactions;
        this.clients = clients;
        this.topics = topics;
        this.signal = signal;
        this.settings = settings;
        this.published = Counter.builder("kyoso.outbox.published").description("Events relayed to Kafka")
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
        while (running) {
            try {
                int relayed = relayBatch();
                backoff = settings.retryBackoff();
                if (relayed < settings.relayBatchSize()) {
                    signal.await(settings.relayIdleDelay());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Outbox relay batch failed, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                closeProducer();
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** @return how many rows were published */
    int relayBatch() {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            if (!tryLock(connection)) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            int total = 0;
            long after = 0;
            for (int round = 0; round < ROUNDS; round++) {
                // Taken rows are gone from outbox_event for this transaction, so each round gets the next ones;
                // the take only counts if the commit below happens, and that waits for every acknowledgement.
                // Later rounds start after the last row taken instead of stepping over the rows this transaction
                // deleted (still in the index until it commits); a row that commits behind them meanwhile is
                // taken by the next transaction, which starts from the beginning.
                List<OutboxRow> rows = take(connection, after);
                if (rows.isEmpty()) {
                    break;
                }
                topics.ensure(rows.stream().map(OutboxRow::topic).distinct().toList());
                send(rows, acks);
                total += rows.size();
                after = rows.get(rows.size() - 1).seq();
                if (rows.size() < settings.relayBatchSize()) {
                    break;
                }
            }
            awaitAcknowledgements(acks);
            published.increment(total);
            return total;
        });
    }

    private void send(List<OutboxRow> rows, List<Future<RecordMetadata>> acks) {
        KafkaProducer<byte[], byte[]> kafka = producer();
        for (OutboxRow row : rows) {
            acks.add(kafka.send(toRecord(row)));
        }
    }

    private static void awaitAcknowledgements(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", e);
        }
    }

    static ProducerRecord<byte[], byte[]> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.id().toString());
        header(headers, CloudEventHeaders.SOURCE, row.source());
        header(headers, CloudEventHeaders.TYPE, row.type());
        header(headers, CloudEventHeaders.SUBJECT, row.key());
        header(headers, CloudEventHeaders.TIME, row.occurredAt().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (row.correlationId() != null) {
            header(headers, CloudEventHeaders.CORRELATION_ID, row.correlationId());
        }
        return new ProducerRecord<>(row.topic(), null, row.key().getBytes(StandardCharsets.UTF_8),
                row.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK);
             ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private List<OutboxRow> take(Connection connection, long after) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TAKE)) {
            statement.setLong(1, after);
            statement.setInt(2, settings.relayBatchSize());
            try (ResultSet result = statement.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6),
                            result.getTimestamp(7).toInstant(), result.getString(8), result.getString(9)));
                }
                return rows;
            }
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = clients.producer(clientId);
        }
        return producer;
    }

    // After a failed batch the producer may hold sends it will never complete; a new one starts clean.
    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private boolean pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
