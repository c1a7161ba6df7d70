package jp.kyoso.events.fund;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class FundEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ContributionPledged.class,
            ContributionReceived.class,
            CallOpened.class,
            CallClosed.class,
            CallDecided.class,
            ResolutionRecorded.class,
            ApplicationSubmitted.class,
            ApplicationScreened.class,
            ApplicationWithdrawn.class,
            ConflictDeclared.class,
            ReviewSubmitted.class,
            ApplicationAwarded.class,
            ApplicationRejected.class,
            GrantDisbursed.class,
            ProjectEvaluated.class,
            ApplicationAttachmentRemoved.class);

    private FundEvents() {
    }
}
