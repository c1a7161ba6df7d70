package jp.kyoso.events.citylab;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class CityLabEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ChallengeDrafted.class,
            ChallengeRefinementStarted.class,
            ChallengeRefined.class,
            ChallengeSignoffRequested.class,
            ChallengeSentBack.class,
            ChallengeSignedOff.class,
            ChallengePublished.class,
            ChallengeClosed.class,
            ChallengeArchived.class,
            ProposalSubmitted.class,
            ProposalWithdrawn.class,
            ProposalShortlisted.class,
            ProposalAdopted.class,
            ProposalDeclined.class,
            MatchSuggested.class,
            InvitationSent.class,
            InvitationOutcome.class,
            CollaborationProjectStarted.class,
            CollaborationProjectCompleted.class,
            ExperimentProposed.class,
            ExperimentHostAssigned.class,
            ExperimentAgreed.class,
            ExperimentDeclined.class,
            ProposalAttachmentRemoved.class,
            ExperimentAttachmentRemoved.class);

    private CityLabEvents() {
    }
}
