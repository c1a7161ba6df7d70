package jp.kyoso.portal.audit;

import io.micronaut.context.BeanDefinitionRegistry;
import io.micronaut.context.Qualifier;
import io.micronaut.context.RuntimeBeanDefinition;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Subscribes the portal's inbox consumer to every event type in the {@link EventCatalog}, each recorded in the
 * audit trail. One handler per type because the consumer dispatches by type; registered here at start-up (an eager
 * bean, so before the consumer is built on the startup event) instead of sixty near-identical classes, so a new
 * event type is audited as soon as it is in the catalog.
 *
 * <p>Why the portal: it is already where every request passes and the access records live, so the ADMIN query
 * merges two tables of one database. kpi also consumes events but is for indicators; an audit table there would
 * mix two purposes and put a security record in a store that is rebuilt for reporting.
 */
@Context
public class AuditEventHandlers {

    public AuditEventHandlers(BeanDefinitionRegistry registry, AuditTrail trail, Clock clock) {
        for (EventDescriptor descriptor : EventCatalog.all()) {
            registry.registerBeanDefinition(definitionFor(descriptor, trail, clock));
        }
    }

    // Typed EventHandler<TheEvent>, as a compiled bean would be: an injection point List<EventHandler<?>> only
    // matches definitions that carry their type argument.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RuntimeBeanDefinition<EventHandler<?>> definitionFor(EventDescriptor descriptor, AuditTrail trail,
                                                                        Clock clock) {
        EventHandler<?> handler = handlerFor(descriptor.eventClass(), trail, clock);
        Argument<EventHandler<?>> type = (Argument) Argument.of(EventHandler.class, descriptor.eventClass());
        return RuntimeBeanDefinition.builder(type, () -> handler)
                .singleton(true)
                .qualifier((Qualifier) Qualifiers.byName("audit:" + descriptor.type()))
                .build();
    }

    private static <E extends DomainEvent> EventHandler<E> handlerFor(Class<E> eventClass, AuditTrail trail,
                                                                      Clock clock) {
        Optional<Method> actor = EventActors.accessorOf(eventClass);
        Optional<Method> reason = EventActors.reasonAccessorOf(eventClass);
        return EventHandler.ofAll(eventClass, deliveries -> {
            Instant receivedAt = clock.instant();
            trail.appendEvents(deliveries.stream().map(delivery ->
                    audited(delivery.event(), delivery.envelope(), actor, reason, receivedAt)).toList());
        });
    }

    /** {@code receivedAt} stands in for the event's time only if a producer left {@code ce_time} out. */
    static AuditedEvent audited(DomainEvent event, EventEnvelope envelope, Optional<Method> actor,
                                Optional<Method> reason, Instant receivedAt) {
        return new AuditedEvent(envelope.id(), envelope.time() == null ? receivedAt : envelope.time(),
                envelope.type(), envelope.source(), event.aggregateId(), EventActors.actorOf(event, actor),
                envelope.correlationId(), EventActors.actorOf(event, reason));
    }
}
