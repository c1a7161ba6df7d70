package jp.kyoso.fund.attachment;

import java.time.Instant;
import java.util.UUID;
import jp.kyoso.attachments.Attachment;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.AttachmentOwner;
import jp.kyoso.attachments.AttachmentRemovedEvent;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.fund.ApplicationAttachmentRemoved;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Files of one stage of a grant application: read as the application is read, changed by the applicant only while the
 * application is in the stage they belong to.
 */
abstract class GrantFiles implements AttachmentOwner {

    /** Plans, budget sheets, quotes, receipts and pictures: 20 MB each, 10 files. */
    static final AttachmentLimits LIMITS = AttachmentLimits.documents(20, 10);

    /** One event for both kinds: {@code ownerKind} says which. */
    private static final AttachmentRemovedEvent REMOVED = ApplicationAttachmentRemoved::new;

    private final ApplicationFileRights rights;
    private final String kind;
    private final ApplicationStatus openWhile;

    GrantFiles(ApplicationFileRights rights, String kind, ApplicationStatus openWhile) {
        this.rights = rights;
        this.kind = kind;
        this.openWhile = openWhile;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public AttachmentLimits limits() {
        return LIMITS;
    }

    @Override
    public void requireReadable(UUID ownerId, CurrentUser user) {
        rights.requireReadable(ownerId, user);
    }

    @Override
    public UUID requireWritable(UUID ownerId, CurrentUser user) {
        GrantApplication application = rights.own(ownerId, user);
        if (application.status() != openWhile) {
            throw new ConflictException("attachment.closed");
        }
        return application.organisationId();
    }

    @Override
    public DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return REMOVED.of(attachment, removedBy, removedAt);
    }
}
