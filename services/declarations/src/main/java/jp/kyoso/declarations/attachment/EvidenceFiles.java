package jp.kyoso.declarations.attachment;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.attachments.Attachment;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.AttachmentOwner;
import jp.kyoso.declarations.declaration.DeclarationService;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.declarations.DeclarationAttachmentRemoved;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * A declaration's evidence: read by the declaring organisation and the secretariat (404 for anyone else, as the
 * declaration answers), added and removed by the declarant while drafting, after a return, and while registered
 * (evidence for progress reports), never while the secretariat reviews it or after it lapsed or was revoked.
 */
@Singleton
public class EvidenceFiles implements AttachmentOwner {

    /** Photos of actions, certificates, reports: 10 MB each, 10 files. */
    static final AttachmentLimits LIMITS = AttachmentLimits.documents(10, 10);

    private static final Set<DeclarationStatus> OPEN = Set.of(DeclarationStatus.DRAFT, DeclarationStatus.RETURNED,
            DeclarationStatus.REGISTERED, DeclarationStatus.REPORT_OVERDUE);

    private final DeclarationService declarations;

    public EvidenceFiles(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @Override
    public String kind() {
        return "evidence";
    }

    @Override
    public AttachmentLimits limits() {
        return LIMITS;
    }

    @Override
    public void requireReadable(UUID ownerId, CurrentUser user) {
        Declaration declaration = declarations.get(ownerId);
        if (!user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN) && !ownedBy(declaration, user)) {
            throw new NotFoundException("resource.declaration", ownerId);
        }
    }

    @Override
    public UUID requireWritable(UUID ownerId, CurrentUser user) {
        Declaration declaration = declarations.get(ownerId);
        if (!ownedBy(declaration, user)) {
            throw new NotFoundException("resource.declaration", ownerId);
        }
        if (!OPEN.contains(declaration.status())) {
            throw new ConflictException("attachment.closed");
        }
        return declaration.organisationId();
    }

    @Override
    public DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return new DeclarationAttachmentRemoved(attachment.id().toString(), attachment.ownerKind(),
                attachment.ownerId().toString(), attachment.organisationId().toString(), attachment.fileName(),
                attachment.sha256(), attachment.sizeBytes(), removedAt, removedBy);
    }

    private static boolean ownedBy(Declaration declaration, CurrentUser user) {
        return user.belongsTo(declaration.organisationId().toString());
    }
}
