package jp.kyoso.kpi.messaging;

import java.util.List;
import java.util.function.BiFunction;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.kpi.application.CityLabFacts;
import jp.kyoso.kpi.domain.CityLabFact;
import jp.kyoso.messaging.inbox.Delivery;
import jp.kyoso.messaging.inbox.EventHandler;

/** Turns one City Lab event type into one KPI fact; {@link CityLabEventHandlers} declares one per type. */
final class CityLabFactHandler<E extends DomainEvent> implements EventHandler<E> {

    private final Class<E> eventClass;
    private final BiFunction<E, EventEnvelope, CityLabFact> toFact;
    private final CityLabFacts facts;

    CityLabFactHandler(Class<E> eventClass, BiFunction<E, EventEnvelope, CityLabFact> toFact, CityLabFacts facts) {
        this.eventClass = eventClass;
        this.toFact = toFact;
        this.facts = facts;
    }

    @Override
    public Class<E> eventClass() {
        return eventClass;
    }

    @Override
    public void handle(E event, EventEnvelope envelope) {
        facts.record(toFact.apply(event, envelope));
    }

    /** A run of events of this type, e.g. during a rebuild: their facts in one statement. */
    @Override
    public void handleAll(List<Delivery<E>> deliveries) {
        facts.recordAll(deliveries.stream().map(delivery -> toFact.apply(delivery.event(), delivery.envelope()))
                .toList());
    }
}
