package jp.kyoso.events.citylab;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class CityLabEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ChallengeDrafted.class,
            ProposalAdopted.class,
            CollaborationProjectStarted.class);

    private CityLabEvents() {
    }
}
