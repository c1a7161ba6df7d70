package jp.kyoso.fund.organisation;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.inbox.EventHandler;

/** An approved organisation may apply to the fund. */
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
        directory.approved(UUID.fromString(event.organisationId()), event.name(), event.organisationType().name(),
                event.approvedAt());
    }
}
