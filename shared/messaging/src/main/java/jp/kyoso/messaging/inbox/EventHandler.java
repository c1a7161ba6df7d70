package jp.kyoso.messaging.inbox;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventEnvelope;

/**
 * A service's reaction to one event type. Declare it as a bean; the {@link InboxConsumer} subscribes to the event's
 * topic and calls {@link #handle} inside the inbox transaction, so whatever the handler writes commits together with
 * the record that the event was handled, or not at all.
 */
public interface EventHandler<E extends DomainEvent> {

    Class<E> eventClass();

    void handle(E event, EventEnvelope envelope);

    /**
     * Several events of this type that arrived next to each other in one poll, in their order, all new to the inbox
     * and inside one transaction. The default hands them to {@link #handle} one by one; a handler that can write
     * them with one statement overrides this, which is what makes a catch-up or a rebuild cheap per event. If it
     * throws, the whole poll is rolled back and each event is delivered again alone through {@link #handle}.
     */
    default void handleAll(List<Delivery<E>> deliveries) {
        for (Delivery<E> delivery : deliveries) {
            handle(delivery.event(), delivery.envelope());
        }
    }

    /**
     * A handler that writes what arrives together at once, from a lambda: a single event is handed to it as a run of
     * one, so there is one way in for both.
     */
    static <E extends DomainEvent> EventHandler<E> ofAll(Class<E> eventClass, Consumer<List<Delivery<E>>> handleAll) {
        return new EventHandler<>() {
            @Override
            public Class<E> eventClass() {
                return eventClass;
            }

            @Override
            public void handle(E event, EventEnvelope envelope) {
                handleAll(List.of(new Delivery<>(event, envelope)));
            }

            @Override
            public void handleAll(List<Delivery<E>> deliveries) {
                handleAll.accept(deliveries);
            }
        };
    }

    /** A handler from a lambda, for factories that declare several small ones: the events of a run one by one. */
    static <E extends DomainEvent> EventHandler<E> of(Class<E> eventClass, BiConsumer<E, EventEnvelope> handle) {
        return ofAll(eventClass, deliveries -> deliveries.forEach(delivery ->
                handle.accept(delivery.event(), delivery.envelope())));
    }
}
