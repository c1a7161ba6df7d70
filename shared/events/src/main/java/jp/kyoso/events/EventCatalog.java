package jp.kyoso.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kyoso.events.citylab.CityLabEvents;
import jp.kyoso.events.cocreation.CoCreationEvents;
import jp.kyoso.events.declarations.DeclarationsEvents;
import jp.kyoso.events.fund.FundEvents;
import jp.kyoso.events.portal.PortalEvents;

/**
 * Every event type kyoso knows. Adding an event means adding its record to its context's list
 * ({@code CoCreationEvents}, {@code CityLabEvents}, ...) and its schema under {@code /schemas};
 * {@code EventCatalogTest} fails until both exist and agree.
 */
public final class EventCatalog {

    private static final List<Class<? extends DomainEvent>> EVENT_CLASSES = Stream.of(
                    CoCreationEvents.ALL, CityLabEvents.ALL, DeclarationsEvents.ALL, FundEvents.ALL,
                    PortalEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, EventDescriptor> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, EventDescriptor> BY_CLASS = new LinkedHashMap<>();

    static {
        for (Class<? extends DomainEvent> eventClass : EVENT_CLASSES) {
            EventDescriptor descriptor = EventDescriptor.of(eventClass);
            if (BY_TYPE.put(descriptor.type(), descriptor) != null) {
                throw new IllegalStateException("Two event classes claim the type " + descriptor.type());
            }
            BY_CLASS.put(eventClass, descriptor);
        }
    }

    private EventCatalog() {
    }

    public static Collection<EventDescriptor> all() {
        return BY_TYPE.values();
    }

    public static Optional<EventDescriptor> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventDescriptor of(Class<? extends DomainEvent> eventClass) {
        EventDescriptor descriptor = BY_CLASS.get(eventClass);
        if (descriptor == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not listed in the EventCatalog");
        }
        return descriptor;
    }

    public static EventDescriptor of(DomainEvent event) {
        return of(event.getClass());
    }
}
