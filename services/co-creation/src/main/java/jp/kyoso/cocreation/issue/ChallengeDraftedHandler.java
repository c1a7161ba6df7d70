package jp.kyoso.cocreation.issue;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.messaging.inbox.EventHandler;

/** City Lab drafted a challenge from a promoted issue: the issue links to it. Challenges of other origin are ignored. */
@Singleton
public class ChallengeDraftedHandler implements EventHandler<ChallengeDrafted> {

    private final IssueService issues;

    public ChallengeDraftedHandler(IssueService issues) {
        this.issues = issues;
    }

    @Override
    public Class<ChallengeDrafted> eventClass() {
        return ChallengeDrafted.class;
    }

    @Override
    public void handle(ChallengeDrafted event, EventEnvelope envelope) {
        if (event.originIssueId() != null) {
            issues.linkChallenge(UUID.fromString(event.originIssueId()), UUID.fromString(event.challengeId()),
                    event.title(), event.draftedAt());
        }
    }
}
