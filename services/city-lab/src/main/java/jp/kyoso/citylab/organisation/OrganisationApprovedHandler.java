package jp.kyoso.citylab.organisation;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.inbox.EventHandler;

/** An approved organisation may propose to challenges from now on. */
@Singleton
public class OrganisationApprovedHandler implements EventHandler<OrganisationApproved> {

    private final OrganisationDirectory directory;

    public OrganisationApprovedHandler(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<OrganisationApproved> eventClass() {
        return OrganisationApproved.class;
    }

    @Override
    public void handle(OrganisationApproved event, EventEnvelope envelope) {
        directory.approved(event);
    }
}
