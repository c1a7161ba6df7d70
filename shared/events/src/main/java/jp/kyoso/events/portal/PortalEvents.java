package jp.kyoso.events.portal;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class PortalEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            AccountCreated.class,
            AccountRolesChanged.class,
            AccountDeactivated.class,
            AccountReactivated.class,
            AccountCredentialsReset.class);

    private PortalEvents() {
    }
}
