package jp.kyoso.events.fund;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class FundEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of();

    private FundEvents() {
    }
}
