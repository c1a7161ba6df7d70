package jp.kyoso.attachments;

import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.web.security.CurrentUser;

/**
 * What a service says about one kind of thing that takes attachments: its limits, who may read its files (the same
 * people who may read the thing), who may add and remove them, and the event that keeps a removal in the audit trail.
 */
public interface AttachmentOwner {

    /** Lower-case letters only, e.g. {@code proposal}: stored with each row and used in object keys. */
    String kind();

    AttachmentLimits limits();

    /** Throws the thing's own 404 or 403 when the user may not read it. */
    void requireReadable(UUID ownerId, CurrentUser user);

    /** Throws 404 or 403 unless the user may add and remove files now; returns the owning organisation. */
    UUID requireWritable(UUID ownerId, CurrentUser user);

    /** The event recording the removal, appended in the removal's transaction. */
    DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt);
}
