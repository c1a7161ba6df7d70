package jp.kyoso.cocreation.issue;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.ActionItemRaised;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * A meeting's action item was raised: it opens an issue on the board. Meetings and the board meet only through this
 * event, so either can move to its own service later.
 */
@Singleton
public class ActionItemRaisedHandler implements EventHandler<ActionItemRaised> {

    private final IssueService issues;

    public ActionItemRaisedHandler(IssueService issues) {
        this.issues = issues;
    }

    @Override
    public Class<ActionItemRaised> eventClass() {
        return ActionItemRaised.class;
    }

    @Override
    public void handle(ActionItemRaised event, EventEnvelope envelope) {
        issues.raiseFromMeeting(UUID.fromString(event.actionItemId()), event.title(), event.body(), event.raisedBy(),
                event.raisedAt());
    }
}
