package jp.kyoso.fund.organisation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Keeps the organisation replica in step with co-creation: an approved organisation may apply to the fund, a rejected
 * one may not.
 */
@Factory
public class OrganisationEventHandlers {

    @Singleton
    EventHandler<OrganisationApproved> organisationApproved(OrganisationDirectory directory) {
        return EventHandler.of(OrganisationApproved.class, (event, envelope) ->
                directory.approved(UUID.fromString(event.organisationId()), event.name(),
                        event.organisationType().name(), event.approvedAt()));
    }

    @Singleton
    EventHandler<OrganisationRejected> organisationRejected(OrganisationDirectory directory) {
        return EventHandler.of(OrganisationRejected.class, (event, envelope) ->
                directory.rejected(UUID.fromString(event.organisationId()), event.rejectedAt()));
    }
}
