package jp.kyoso.events.declarations;

import java.util.List;
import jp.kyoso.events.DomainEvent;

/** The event types of this context, for the {@link jp.kyoso.events.EventCatalog}. */
public final class DeclarationsEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            DeclarationSubmitted.class,
            DeclarationReturned.class,
            DeclarationRegistered.class,
            DeclarationProgressReported.class,
            DeclarationReportOverdue.class,
            DeclarationLapsed.class,
            DeclarationRenewed.class,
            DeclarationRevoked.class,
            ComplaintDecided.class,
            DeclarationReportDue.class,
            DeclarationAttachmentRemoved.class);

    private DeclarationsEvents() {
    }
}
