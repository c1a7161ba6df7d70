package jp.kyoso.cocreation.profile;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.cocreation.issue.IssueService;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * A collaboration project started: every partner organisation's profile lists it, and when it came from an issue's
 * challenge the issue shows it as its outcome.
 */
@Singleton
public class CollaborationProjectStartedHandler implements EventHandler<CollaborationProjectStarted> {

    private final IssueService issues;
    private final Achievements achievements;

    public CollaborationProjectStartedHandler(IssueService issues, Achievements achievements) {
        this.issues = issues;
        this.achievements = achievements;
    }

    @Override
    public Class<CollaborationProjectStarted> eventClass() {
        return CollaborationProjectStarted.class;
    }

    @Override
    public void handle(CollaborationProjectStarted event, EventEnvelope envelope) {
        UUID projectId = UUID.fromString(event.projectId());
        UUID challengeId = event.challengeId() == null ? null : UUID.fromString(event.challengeId());
        for (String partner : event.partnerOrganisationIds()) {
            achievements.record(UUID.fromString(partner), AchievementKind.COLLABORATION_PROJECT, projectId,
                    challengeId, event.title(), event.startedAt());
        }
        if (event.originIssueId() != null) {
            issues.recordOutcome(UUID.fromString(event.originIssueId()), projectId,
                    event.title(), event.startedOn(), event.startedAt());
        }
    }
}
