package jp.kyoso.fund.organisation;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.messaging.inbox.EventHandler;

/** Partners of one collaboration project are in a conflict of interest when one reviews the other. */
@Singleton
public class CollaborationProjectStartedHandler implements EventHandler<CollaborationProjectStarted> {

    private final OrganisationDirectory directory;

    public CollaborationProjectStartedHandler(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<CollaborationProjectStarted> eventClass() {
        return CollaborationProjectStarted.class;
    }

    @Override
    public void handle(CollaborationProjectStarted event, EventEnvelope envelope) {
        directory.projectStarted(UUID.fromString(event.projectId()), event.title(),
                event.partnerOrganisationIds().stream().map(UUID::fromString).toList());
    }
}
