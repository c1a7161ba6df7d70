package jp.kyoso.events.declarations;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class DeclarationsEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of();

    private DeclarationsEvents() {
    }
}
