package jp.kyoso.portal.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.function.Predicate;
import jp.kyoso.events.DomainEvent;

/**
 * Who an event names as its author. kyoso's events follow one convention: the acting user is a field named
 * {@code <verb>By} ({@code approvedBy}, {@code raisedBy}, ...), or {@code userId} when the person acts for
 * themself (a member joining). The value is kept as the producer wrote it: a user id for some events, the username
 * for others (co-creation's decisions such as {@code approvedBy}); the trail's user filter matches either. Read by that convention rather than listed per type, so a new event type is
 * audited with its actor without touching the portal.
 */
final class EventActors {

    private EventActors() {
    }

    static Optional<Method> accessorOf(Class<? extends DomainEvent> eventClass) {
        return textComponent(eventClass, EventActors::isActor);
    }

    /** The event's {@code reason} text (why it was declined, deactivated, ...), read like the actor. */
    static Optional<Method> reasonAccessorOf(Class<? extends DomainEvent> eventClass) {
        return textComponent(eventClass, "reason"::equals);
    }

    private static Optional<Method> textComponent(Class<? extends DomainEvent> eventClass, Predicate<String> named) {
        RecordComponent[] components = eventClass.getRecordComponents();
        if (components == null) {
            return Optional.empty();
        }
        for (RecordComponent component : components) {
            if (named.test(component.getName()) && component.getType() == String.class) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }

    /** The value of the component {@code accessor} reads, as text; null when absent. */
    static String actorOf(DomainEvent event, Optional<Method> accessor) {
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object value = accessor.get().invoke(event);
            return value == null ? null : value.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    static boolean isActor(String name) {
        return (name.endsWith("By") && name.length() > 2) || name.equals("userId");
    }
}
