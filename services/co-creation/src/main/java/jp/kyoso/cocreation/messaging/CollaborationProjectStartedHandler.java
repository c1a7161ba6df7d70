package jp.kyoso.cocreation.messaging;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.cocreation.application.IssueService;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.messaging.inbox.EventHandler;

/** A collaboration project started from an issue's challenge: the issue shows it as its outcome. */
@Singleton
public class CollaborationProjectStartedHandler implements EventHandler<CollaborationProjectStarted> {

    private final IssueService issues;

    public CollaborationProjectStartedHandler(IssueService issues) {
        this.issues = issues;
    }

    @Override
    public Class<CollaborationProjectStarted> eventClass() {
        return CollaborationProjectStarted.class;
    }

    @Override
    public void handle(CollaborationProjectStarted event, EventEnvelope envelope) {
        if (event.originIssueId() != null) {
            issues.recordOutcome(UUID.fromString(event.originIssueId()), UUID.fromString(event.projectId()),
                    event.title(), event.startedOn(), event.startedAt());
        }
    }
}
