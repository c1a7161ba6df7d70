package jp.kyoso.messaging.inbox;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast path: every record of a poll in one transaction, with one statement for all their inbox rows, so that a
 * catch-up or a rebuild pays one commit per poll instead of one per event. Neighbouring new events of one type reach
 * their handler together ({@link EventHandler#handleAll}). Anything unusual (a record that is not a CloudEvent, an
 * unreadable payload, a handler or database failure) rolls the whole batch back and reports it; the poll loop then
 * delivers the records one by one through {@link RecordDelivery}, exactly as if this path did not exist.
 */
final class BatchDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDelivery.class);

    /** A record whose headers and payload were read, with the handlers of its type. */
    private record Decoded(ConsumerRecord<byte[], byte[]> record, String id, String type, EventEnvelope envelope,
                           DomainEvent event, List<EventHandler<DomainEvent>> handlers) {

        InboxRows.Row row() {
            return new InboxRows.Row(id, type, record.topic());
        }
    }

    private final Subscriptions subscriptions;
    private final TransactionOperations<Connection> transactions;
    private final InboxRows inbox;
    private final EventCodec codec;
    private final InboxMetrics metrics;

    BatchDelivery(Subscriptions subscriptions, TransactionOperations<Connection> transactions, InboxRows inbox,
                  EventCodec codec, InboxMetrics metrics) {
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.inbox = inbox;
        this.codec = codec;
        this.metrics = metrics;
    }

    /** @return whether every record was handled (or skipped as a duplicate or as a type nobody handles) */
    boolean deliver(ConsumerRecords<byte[], byte[]> records) {
        List<Decoded> decoded = decode(records);
        if (decoded == null) {
            return false;
        }
        if (decoded.isEmpty()) {
            return true;
        }
        String previous = LoggedCorrelation.current();
        try {
            int[] outcome = transactions.executeWrite(status -> {
                Set<String> fresh = inbox.rememberAll(status.getConnection(),
                        decoded.stream().map(Decoded::row).toList());
                List<Decoded> news = new ArrayList<>(fresh.size());
                for (Decoded event : decoded) {
                    if (fresh.remove(event.id())) {
                        news.add(event);
                    }
                }
                for (List<Decoded> run : runs(news, Decoded::handlers)) {
                    handleRun(run);
                }
                return new int[] {news.size(), decoded.size() - news.size()};
            });
            metrics.handled().increment(outcome[0]);
            metrics.duplicates().increment(outcome[1]);
            return true;
        } catch (RuntimeException e) {
            LOG.debug("A batch of {} records failed, delivering them one by one: {}", decoded.size(), e.toString());
            return false;
        } finally {
            LoggedCorrelation.set(previous);
        }
    }

    /** @return the records someone handles, read; null when one is not a readable CloudEvent */
    private List<Decoded> decode(ConsumerRecords<byte[], byte[]> records) {
        List<Decoded> decoded = new ArrayList<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String type = CloudEventRecords.type(record);
            String id = CloudEventRecords.id(record);
            if (type == null || id == null) {
                return null;
            }
            List<EventHandler<DomainEvent>> handlers = subscriptions.handlersOf(type);
            if (handlers == null) {
                continue;
            }
            try {
                decoded.add(new Decoded(record, id, type, CloudEventRecords.envelope(record, id, type),
                        codec.decode(type, record.value()), handlers));
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
        return decoded;
    }

    /**
     * Cuts events (in their order) into the runs handed to their handlers together: neighbours of one type. A type
     * with several handlers (the portal audits every event and also keeps proposals' titles) gives the whole run to
     * each in turn, so a handler may see a later event before the next handler has seen an earlier one: handlers of
     * one type answer the event each for itself and never read what another wrote for it.
     */
    static <T> List<List<T>> runs(List<T> events, Function<T, List<?>> handlersOf) {
        List<List<T>> runs = new ArrayList<>();
        int start = 0;
        while (start < events.size()) {
            List<?> handlers = handlersOf.apply(events.get(start));
            int end = start + 1;
            while (end < events.size() && handlersOf.apply(events.get(end)) == handlers) {
                end++;
            }
            runs.add(events.subList(start, end));
            start = end;
        }
        return runs;
    }

    private static void handleRun(List<Decoded> run) {
        Decoded first = run.get(0);
        if (run.size() == 1) {
            LoggedCorrelation.set(first.envelope().correlationId());
            for (EventHandler<DomainEvent> handler : first.handlers()) {
                handler.handle(first.event(), first.envelope());
            }
            return;
        }
        String correlation = first.envelope().correlationId();
        List<Delivery<DomainEvent>> deliveries = new ArrayList<>(run.size());
        for (Decoded event : run) {
            deliveries.add(new Delivery<>(event.event(), event.envelope()));
            if (correlation != null && !correlation.equals(event.envelope().correlationId())) {
                correlation = null; // several requests' events: no single correlation id to log
            }
        }
        LoggedCorrelation.set(correlation);
        for (EventHandler<DomainEvent> handler : first.handlers()) {
            handler.handleAll(deliveries);
        }
    }
}
