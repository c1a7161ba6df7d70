package jp.kyoso.attachments;

import java.time.Instant;
import jp.kyoso.events.DomainEvent;

/**
 * A service's own removal event, which carries the same fields in every service: its record's constructor, e.g.
 * {@code ProposalAttachmentRemoved::new}, so that no owner spells the removed row out field by field.
 */
@FunctionalInterface
public interface AttachmentRemovedEvent {

    DomainEvent create(String attachmentId, String ownerKind, String ownerId, String organisationId, String fileName,
                       String sha256, long sizeBytes, Instant removedAt, String removedBy);

    /** The event for a removed row. */
    default DomainEvent of(Attachment attachment, String removedBy, Instant removedAt) {
        return create(attachment.id().toString(), attachment.ownerKind(), attachment.ownerId().toString(),
                attachment.organisationId().toString(), attachment.fileName(), attachment.sha256(),
                attachment.sizeBytes(), removedAt, removedBy);
    }
}
