package jp.kyoso.declarations.organisation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Keeps the organisation replica in step with co-creation: an approved organisation's members may declare and its
 * name and type appear in the directory; a rejected organisation's people may not declare.
 */
@Factory
public class OrganisationEventHandlers {

    @Singleton
    EventHandler<OrganisationApproved> organisationApproved(OrganisationDirectory organisations) {
        return EventHandler.of(OrganisationApproved.class, (event, envelope) ->
                organisations.approved(UUID.fromString(event.organisationId()), event.name(), event.organisationType(),
                        event.approvedAt()));
    }

    @Singleton
    EventHandler<OrganisationRejected> organisationRejected(OrganisationDirectory organisations) {
        return EventHandler.of(OrganisationRejected.class, (event, envelope) ->
                organisations.rejected(UUID.fromString(event.organisationId()), event.rejectedAt()));
    }
}
