package jp.kyoso.attachments;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored file and what it belongs to; the same table in every service that takes attachments.
 *
 * @param ownerKind      what it is attached to, e.g. {@code proposal} (an {@link AttachmentOwner}'s kind)
 * @param organisationId the organisation that owns the thing, so that reads can be scoped without a join
 * @param objectKey      where the bytes are in the object store (made of ids, never of the file name)
 */
@MappedEntity("attachment")
public record Attachment(
        @Id UUID id,
        String ownerKind,
        UUID ownerId,
        UUID organisationId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String objectKey,
        String uploadedBy,
        Instant uploadedAt) {

    public boolean belongsTo(AttachmentOwner owner, UUID id) {
        return ownerKind.equals(owner.kind()) && ownerId.equals(id);
    }
}
