package jp.kyoso.fund.organisation;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.inbox.EventHandler;

/** A rejected organisation may not apply. */
@Singleton
public class OrganisationRejectedHandler implements EventHandler<OrganisationRejected> {

    private final OrganisationDirectory directory;

    public OrganisationRejectedHandler(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<OrganisationRejected> eventClass() {
        return OrganisationRejected.class;
    }

    @Override
    public void handle(OrganisationRejected event, EventEnvelope envelope) {
        directory.rejected(UUID.fromString(event.organisationId()), event.rejectedAt());
    }
}
