package jp.kyoso.citylab.challenge;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.messaging.inbox.EventHandler;

/** An issue the secretariat promoted becomes a draft challenge linked to it. */
@Singleton
public class IssuePromotedHandler implements EventHandler<IssuePromotedToChallenge> {

    private final ChallengeService challenges;

    public IssuePromotedHandler(ChallengeService challenges) {
        this.challenges = challenges;
    }

    @Override
    public Class<IssuePromotedToChallenge> eventClass() {
        return IssuePromotedToChallenge.class;
    }

    @Override
    public void handle(IssuePromotedToChallenge event, EventEnvelope envelope) {
        challenges.draftFromIssue(event);
    }
}
