package jp.kyoso.messaging.inbox;

import java.util.function.BiConsumer;
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

    /** A handler from a lambda, for factories that declare several small ones. */
    static <E extends DomainEvent> EventHandler<E> of(Class<E> eventClass, BiConsumer<E, EventEnvelope> handle) {
        return new EventHandler<>() {
            @Override
            public Class<E> eventClass() {
                return eventClass;
            }

            @Override
            public void handle(E event, EventEnvelope envelope) {
                handle.accept(event, envelope);
            }
        };
    }
}
