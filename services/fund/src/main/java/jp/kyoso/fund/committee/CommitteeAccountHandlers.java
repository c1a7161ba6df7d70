package jp.kyoso.fund.committee;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.portal.AccountCreated;
import jp.kyoso.events.portal.AccountDeactivated;
import jp.kyoso.events.portal.AccountEvent;
import jp.kyoso.events.portal.AccountReactivated;
import jp.kyoso.events.portal.AccountRolesChanged;
import jp.kyoso.messaging.inbox.EventHandler;

/** Every portal account event updates the committee roster the same way, each as an inbox handler. */
@Factory
public class CommitteeAccountHandlers {

    @Singleton
    EventHandler<AccountCreated> created(CommitteeRoster roster, Clock clock) {
        return EventHandler.of(AccountCreated.class, (event, envelope) -> apply(roster, event, envelope, clock));
    }

    @Singleton
    EventHandler<AccountRolesChanged> rolesChanged(CommitteeRoster roster, Clock clock) {
        return EventHandler.of(AccountRolesChanged.class, (event, envelope) -> apply(roster, event, envelope, clock));
    }

    @Singleton
    EventHandler<AccountDeactivated> deactivated(CommitteeRoster roster, Clock clock) {
        return EventHandler.of(AccountDeactivated.class, (event, envelope) -> apply(roster, event, envelope, clock));
    }

    @Singleton
    EventHandler<AccountReactivated> reactivated(CommitteeRoster roster, Clock clock) {
        return EventHandler.of(AccountReactivated.class, (event, envelope) -> apply(roster, event, envelope, clock));
    }

    private static void apply(CommitteeRoster roster, AccountEvent event, EventEnvelope envelope, Clock clock) {
        roster.apply(event, envelope.time() == null ? clock.instant() : envelope.time());
    }
}
