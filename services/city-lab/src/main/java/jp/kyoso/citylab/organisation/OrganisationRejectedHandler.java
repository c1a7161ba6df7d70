package jp.kyoso.citylab.organisation;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.messaging.inbox.EventHandler;

/** A rejected organisation may not propose. */
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
        directory.rejected(event);
    }
}
