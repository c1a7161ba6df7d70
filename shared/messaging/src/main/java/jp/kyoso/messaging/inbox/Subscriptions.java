package jp.kyoso.messaging.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;

/** The service's handlers by event type, and the topics they make the consumer subscribe to. */
final class Subscriptions {

    private final Map<String, List<EventHandler<DomainEvent>>> handlersByType = new HashMap<>();
    private final Set<String> topics = new LinkedHashSet<>();

    @SuppressWarnings("unchecked")
    Subscriptions(List<EventHandler<?>> handlers) {
        for (EventHandler<?> handler : handlers) {
            var descriptor = EventCatalog.of(handler.eventClass());
            handlersByType.computeIfAbsent(descriptor.type(), type -> new ArrayList<>())
                    .add((EventHandler<DomainEvent>) handler);
            topics.add(descriptor.topic());
        }
    }

    /** @return the handlers of {@code type} (one list object per type), or null when nobody handles it */
    List<EventHandler<DomainEvent>> handlersOf(String type) {
        return handlersByType.get(type);
    }

    /** @return the topics, in the order their first handler was declared */
    Set<String> topics() {
        return topics;
    }
}
