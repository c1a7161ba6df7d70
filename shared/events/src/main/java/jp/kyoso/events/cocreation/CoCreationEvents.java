package jp.kyoso.events.cocreation;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class CoCreationEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            OrganisationApplied.class,
            OrganisationApproved.class,
            OrganisationRejected.class,
            SeedPublished.class,
            SeedWithdrawn.class,
            IssueRaised.class,
            IssuePromotedToChallenge.class,
            OrganisationSuspended.class,
            OrganisationReinstated.class,
            OrganisationWithdrawn.class,
            MemberInvited.class,
            MemberJoined.class,
            WorkingGroupFormed.class,
            MeetingHeld.class,
            ActionItemRaised.class,
            MemberErased.class,
            YouthParticipantErased.class,
            MeetingReminderDue.class,
            DigestCompiled.class);

    private CoCreationEvents() {
    }
}
