package jp.kyoso.messaging.outbox;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.correlation.CorrelationIds;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;

/**
 * Records domain events in the caller's transaction. Nothing reaches Kafka unless that transaction commits,
 * and nothing the transaction committed can miss Kafka: the relay publishes every committed row.
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, correlation_id, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Event ids are UUIDs of version 7 (RFC 9562): they begin with the millisecond they were made, so the outbox's
     * id index, every consumer's inbox key and kpi's fact keys take new ids at their end instead of on a random page
     * each, as version 4 ids had every row of a rebuild do. Ids are not secrets: the random part only keeps them
     * unique.
     */
    private static final NoArgGenerator EVENT_IDS = Generators.timeBasedEpochGenerator();

    private final TransactionOperations<Connection> transactions;
    private final EventCodec codec;
    private final EventSchemas schemas;
    private final OutboxSignal signal;
    private final Clock clock;
    private final String source;

    public Outbox(TransactionOperations<Connection> transactions, EventCodec codec, EventSchemas schemas,
                  OutboxSignal signal, Clock clock, @Value("${kyoso.service-name}") String serviceName) {
        this.transactions = transactions;
        this.codec = codec;
        this.schemas = schemas;
        this.signal = signal;
        this.clock = clock;
        this.source = "/services/" + serviceName;
    }

    /**
     * @throws IllegalStateException when called outside a transaction (the event would not be atomic with its cause)
     *                               or when the event does not satisfy its own schema
     */
    public void append(DomainEvent event) {
        TransactionStatus<?> status = transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("Outbox.append needs the transaction of the change it records"));
        EventDescriptor descriptor = EventCatalog.of(event);
        byte[] payload = codec.encode(event);
        List<String> violations = schemas.validate(descriptor.type(), payload);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(descriptor.type() + " violates its schema: " + violations);
        }
        insert(transactions.getConnection(), descriptor, event, payload, clock.instant());
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        });
    }

    private void insert(Connection connection, EventDescriptor descriptor, DomainEvent event, byte[] payload,
                        Instant now) {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, EVENT_IDS.generate());
            statement.setString(2, descriptor.topic());
            statement.setString(3, event.aggregateId());
            statement.setString(4, descriptor.type());
            statement.setString(5, source);
            statement.setTimestamp(6, Timestamp.from(now));
            statement.setString(7, CorrelationIds.current().orElse(null));
            statement.setString(8, new String(payload, StandardCharsets.UTF_8));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot write " + descriptor.type() + " to the outbox", e);
        }
    }
}
