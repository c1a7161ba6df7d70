package jp.kyoso.attachments;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/** The transactional half of {@link Attachments}: rows, the count limit under a lock, and the removal event. */
@Singleton
public class AttachmentLedger {

    private final AttachmentRepository rows;
    private final Outbox outbox;

    public AttachmentLedger(AttachmentRepository rows, Outbox outbox) {
        this.rows = rows;
        this.outbox = outbox;
    }

    @Transactional
    public Attachment add(AttachmentOwner owner, Attachment attachment) {
        rows.lockOwner(owner.kind() + "/" + attachment.ownerId());
        requireRoomFor(owner, attachment.ownerId());
        return rows.save(attachment);
    }

    @Transactional(readOnly = true)
    public void requireRoomFor(AttachmentOwner owner, UUID ownerId) {
        if (rows.countByOwnerKindAndOwnerId(owner.kind(), ownerId) >= owner.limits().maxCount()) {
            throw InvalidInputException.of("file", "attachment.tooMany", owner.limits().maxCount());
        }
    }

    @Transactional
    public Attachment remove(AttachmentOwner owner, UUID ownerId, UUID attachmentId, String by, Instant at) {
        Attachment attachment = find(owner, ownerId, attachmentId);
        rows.delete(attachment);
        outbox.append(owner.removed(attachment, by, at));
        return attachment;
    }

    @Transactional(readOnly = true)
    public Attachment find(AttachmentOwner owner, UUID ownerId, UUID attachmentId) {
        return rows.findById(attachmentId)
                .filter(attachment -> attachment.belongsTo(owner, ownerId))
                .orElseThrow(() -> new NotFoundException("resource.attachment", attachmentId));
    }
}
