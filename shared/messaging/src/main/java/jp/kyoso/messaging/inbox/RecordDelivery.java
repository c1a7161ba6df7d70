package jp.kyoso.messaging.inbox;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.messaging.config.MessagingSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One record in a transaction of its own, where every failure is told apart: the database or broker away (the caller
 * rewinds and tries again later), a record that cannot be an event (straight to the dead letters), a handler that
 * keeps failing (retried {@code max-attempts} times, then to the dead letters).
 */
final class RecordDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(RecordDelivery.class);

    private final Subscriptions subscriptions;
    private final TransactionOperations<Connection> transactions;
    private final InboxRows inbox;
    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private final MessagingSettings settings;
    private final InboxMetrics metrics;
    private final String consumerName;

    RecordDelivery(Subscriptions subscriptions, TransactionOperations<Connection> transactions, InboxRows inbox,
                   EventCodec codec, DeadLetters deadLetters, MessagingSettings settings, InboxMetrics metrics,
                   String consumerName) {
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.inbox = inbox;
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.metrics = metrics;
        this.consumerName = consumerName;
    }

    /** @return false when the infrastructure failed and the record must be delivered again later */
    boolean deliver(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
        Duration backoff = settings.retryBackoff();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                handle(record);
                return true;
            } catch (PoisonEventException e) {
                last = e;
                break;
            } catch (RuntimeException e) {
                if (Failures.isInfrastructure(e)) {
                    LOG.warn("Infrastructure unavailable handling {}@{}, will retry: {}", record.topic(),
                            record.offset(), e.toString());
                    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                    return false;
                }
                last = e;
                LOG.warn("Attempt {} of {} failed for {}@{}: {}", attempt, settings.maxAttempts(), record.topic(),
                        record.offset(), e.toString());
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis() * attempt);
            }
        }
        try {
            deadLetters.send(consumerName, record, last);
            metrics.deadLettered().increment();
            LOG.error("Event {}@{}/{} moved to the dead letters: {}", record.topic(), record.partition(),
                    record.offset(), String.valueOf(last));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Cannot reach the dead-letter topic, will retry: {}", e.toString());
            return false;
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        String type = CloudEventRecords.type(record);
        String id = CloudEventRecords.id(record);
        if (type == null || id == null) {
            throw new PoisonEventException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        List<EventHandler<DomainEvent>> handlers = subscriptions.handlersOf(type);
        if (handlers == null) {
            return;
        }
        EventEnvelope envelope = CloudEventRecords.envelope(record, id, type);
        DomainEvent event;
        try {
            event = codec.decode(type, record.value());
        } catch (RuntimeException e) {
            throw new PoisonEventException("Unreadable " + type + " payload", e);
        }
        String previous = LoggedCorrelation.current();
        LoggedCorrelation.set(envelope.correlationId());
        try {
            transactions.executeWrite(status -> {
                if (!inbox.remember(status.getConnection(), new InboxRows.Row(id, type, record.topic()))) {
                    metrics.duplicates().increment();
                    return null;
                }
                for (EventHandler<DomainEvent> handler : handlers) {
                    handler.handle(event, envelope);
                }
                metrics.handled().increment();
                return null;
            });
        } finally {
            LoggedCorrelation.set(previous);
        }
    }
}
