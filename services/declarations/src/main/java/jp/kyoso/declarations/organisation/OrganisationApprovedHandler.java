package jp.kyoso.declarations.organisation;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.inbox.EventHandler;

/** An approved organisation's members may declare; its name and type appear in the directory. */
@Singleton
public class OrganisationApprovedHandler implements EventHandler<OrganisationApproved> {

    private final OrganisationDirectory organisations;

    public OrganisationApprovedHandler(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @Override
    public Class<OrganisationApproved> eventClass() {
        return OrganisationApproved.class;
    }

    @Override
    public void handle(OrganisationApproved event, EventEnvelope envelope) {
        organisations.approved(UUID.fromString(event.organisationId()), event.name(), event.organisationType(),
                event.approvedAt());
    }
}
