package jp.kyoso.kpi.projection;

import java.util.List;
import java.util.function.BiFunction;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.messaging.inbox.Delivery;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Turns one event type into its KPI facts; each programme's factory ({@code CityLabEventHandlers} and its siblings)
 * declares one per type it counts.
 */
public final class FactHandler<E extends DomainEvent> implements EventHandler<E> {

    private final Class<E> eventClass;
    private final BiFunction<E, EventEnvelope, List<? extends Fact>> toFacts;
    private final FactRecorder facts;

    public FactHandler(Class<E> eventClass, BiFunction<E, EventEnvelope, List<? extends Fact>> toFacts,
                FactRecorder facts) {
        this.eventClass = eventClass;
        this.toFacts = toFacts;
        this.facts = facts;
    }

    @Override
    public Class<E> eventClass() {
        return eventClass;
    }

    @Override
    public void handle(E event, EventEnvelope envelope) {
        facts.record(toFacts.apply(event, envelope));
    }

    /** A run of events of this type, e.g. during a rebuild: their facts in one statement per table. */
    @Override
    public void handleAll(List<Delivery<E>> deliveries) {
        facts.record(deliveries.stream()
                .<Fact>flatMap(delivery -> toFacts.apply(delivery.event(), delivery.envelope()).stream())
                .toList());
    }
}
