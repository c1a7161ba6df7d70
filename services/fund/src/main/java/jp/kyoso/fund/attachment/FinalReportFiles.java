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

/** The final report's accounts, receipts and pictures: added by the grantee once the grant is awarded. */
@Singleton
public class FinalReportFiles implements AttachmentOwner {

    static final AttachmentLimits LIMITS = AttachmentLimits.documents(20, 10);

    private final ApplicationFileRights rights;

    FinalReportFiles(ApplicationFileRights rights) {
        this.rights = rights;
    }

    @Override
    public String kind() {
        return "finalreport";
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
        if (application.status() != ApplicationStatus.AWARDED) {
            throw new ConflictException("attachment.closed");
        }
        return application.organisationId();
    }

    @Override
    public DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return ApplicationFileRights.removed(attachment, removedBy, removedAt);
    }
}
