package jp.kyoso.declarations.organisation;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.inbox.EventHandler;

/** A rejected organisation's people may not declare. */
@Singleton
public class OrganisationRejectedHandler implements EventHandler<OrganisationRejected> {

    private final OrganisationDirectory organisations;

    public OrganisationRejectedHandler(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @Override
    public Class<OrganisationRejected> eventClass() {
        return OrganisationRejected.class;
    }

    @Override
    public void handle(OrganisationRejected event, EventEnvelope envelope) {
        organisations.rejected(UUID.fromString(event.organisationId()), event.rejectedAt());
    }
}
