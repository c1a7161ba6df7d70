package jp.kyoso.fund.attachment;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.attachments.Attachment;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.AttachmentOwner;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.fund.domain.ApplicationStatus;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.security.CurrentUser;

/** The plan and budget sheet of an application: changed by the applicant while it is a draft, then fixed. */
@Singleton
public class ApplicationFiles implements AttachmentOwner {

    /** A business plan, a budget sheet, quotes and pictures: 20 MB each, 10 files. */
    static final AttachmentLimits LIMITS = AttachmentLimits.documents(20, 10);

    private final ApplicationFileRights rights;

    ApplicationFiles(ApplicationFileRights rights) {
        this.rights = rights;
    }

    @Override
    public String kind() {
        return "application";
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
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ConflictException("attachment.closed");
        }
        return application.organisationId();
    }

    @Override
    public DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return ApplicationFileRights.removed(attachment, removedBy, removedAt);
    }
}
