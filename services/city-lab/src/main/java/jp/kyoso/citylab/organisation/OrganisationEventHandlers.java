package jp.kyoso.citylab.organisation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Keeps the organisation replica in step with co-creation: an approved organisation may propose to challenges from
 * now on, a rejected one may not.
 */
@Factory
public class OrganisationEventHandlers {

    @Singleton
    EventHandler<OrganisationApproved> organisationApproved(OrganisationDirectory directory) {
        return EventHandler.of(OrganisationApproved.class, (event, envelope) -> directory.approved(event));
    }

    @Singleton
    EventHandler<OrganisationRejected> organisationRejected(OrganisationDirectory directory) {
        return EventHandler.of(OrganisationRejected.class, (event, envelope) -> directory.rejected(event));
    }
}
