package jp.kyoso.messaging.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of the relay's pipeline: its rows, already moved out of {@code outbox_event} by a transaction that stays
 * open on the batch's own connection, and Kafka's acknowledgement of each of them. Committing that transaction is
 * what makes the rows sent; closing the batch without committing rolls it back and puts every row back in the outbox,
 * acknowledged or not (those are sent again: the consumers' inboxes drop the duplicates).
 */
final class RelayBatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelayBatch.class);

    private final Connection connection;
    private final List<OutboxRow> rows;
    private final Set<String> keys = new HashSet<>();
    private final List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
    private boolean committed;

    /** @param connection whose open transaction took {@code rows}; the batch closes it */
    RelayBatch(Connection connection, List<OutboxRow> rows) {
        this.connection = connection;
        this.rows = rows;
        rows.forEach(row -> keys.add(row.key()));
    }

    /** The aggregates of this batch: no later batch may take their rows until this one is done. */
    Set<String> keys() {
        return keys;
    }

    List<OutboxRow> rows() {
        return rows;
    }

    /** Hands every row to the producer in {@code seq} order, without waiting for Kafka. */
    void send(KafkaProducer<byte[], byte[]> producer) {
        for (OutboxRow row : rows) {
            acknowledgements.add(producer.send(OutboxRelay.toRecord(row)));
        }
    }

    /**
     * Waits for every acknowledgement, then commits.
     *
     * @throws IllegalStateException when Kafka refused a row or did not answer within {@code timeout}; nothing is
     *         committed, and {@link #close()} puts the rows back
     */
    void commitOnceAcknowledged(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            try {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka did not take an event of the batch", e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge the batch in " + timeout, e);
            }
        }
        connection.commit();
        committed = true;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // A broken connection has lost the transaction anyway: the rows are back in the outbox either way.
            LOG.debug("Rolling back a relay batch failed: {}", e.toString());
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a relay batch's connection failed: {}", e.toString());
            }
        }
    }
}
