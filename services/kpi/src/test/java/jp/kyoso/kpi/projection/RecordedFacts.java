package jp.kyoso.kpi.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.messaging.inbox.Delivery;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * What the handlers hand to the writer, without a broker or a database: each call to the recorder is kept as one
 * write (one poll's worth).
 */
public final class RecordedFacts implements FactRecorder {

    public final List<List<Fact>> writes = new ArrayList<>();

    @Override
    public void record(List<? extends Fact> facts) {
        writes.add(List.copyOf(facts));
    }

    /** The envelope the inbox would give the event: a fresh id and the catalogue's type. */
    public static EventEnvelope envelopeOf(DomainEvent event) {
        return new EventEnvelope(UUID.randomUUID().toString(), "/services/test", EventCatalog.of(event).type(),
                event.aggregateId(), Instant.now(), UUID.randomUUID().toString());
    }

    /** The facts one event becomes through its handler, written at once. */
    public <E extends DomainEvent> List<Fact> of(EventHandler<E> handler, E event, EventEnvelope envelope) {
        writes.clear();
        handler.handle(event, envelope);
        if (writes.size() != 1) {
            throw new AssertionError("expected one write, got " + writes.size());
        }
        return writes.get(0);
    }

    /** The facts a poll of events of one type becomes, which must be written at once too. */
    @SafeVarargs
    public final <E extends DomainEvent> List<Fact> ofPoll(EventHandler<E> handler, E... events) {
        writes.clear();
        handler.handleAll(java.util.Arrays.stream(events).map(event -> new Delivery<>(event, envelopeOf(event)))
                .toList());
        if (writes.size() != 1) {
            throw new AssertionError("expected one write for the poll, got " + writes.size());
        }
        return writes.get(0);
    }
}
