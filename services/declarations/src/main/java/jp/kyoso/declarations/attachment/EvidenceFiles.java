package jp.kyoso.declarations.attachment;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.OrganisationFiles;
import jp.kyoso.declarations.declaration.DeclarationService;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.events.declarations.DeclarationAttachmentRemoved;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * A declaration's evidence: read by the declaring organisation and the secretariat (404 for anyone else, as the
 * declaration answers), added and removed by the declarant while drafting, after a return, and while registered
 * (evidence for progress reports), never while the secretariat reviews it or after it lapsed or was revoked.
 */
@Singleton
public class EvidenceFiles extends OrganisationFiles<Declaration> {

    /** Photos of actions, certificates, reports: 10 MB each, 10 files. */
    static final AttachmentLimits LIMITS = AttachmentLimits.documents(10, 10);

    private static final Set<DeclarationStatus> OPEN = Set.of(DeclarationStatus.DRAFT, DeclarationStatus.RETURNED,
            DeclarationStatus.REGISTERED, DeclarationStatus.REPORT_OVERDUE);

    private final DeclarationService declarations;

    public EvidenceFiles(DeclarationService declarations) {
        super("evidence", LIMITS, DeclarationAttachmentRemoved::new);
        this.declarations = declarations;
    }

    @Override
    protected Declaration readable(UUID ownerId, CurrentUser user) {
        Declaration declaration = declarations.get(ownerId);
        if (!user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN) && !user.belongsTo(declaration.organisationId().toString())) {
            throw unknown(ownerId);
        }
        return declaration;
    }

    @Override
    protected UUID organisationOf(Declaration declaration) {
        return declaration.organisationId();
    }

    @Override
    protected boolean open(Declaration declaration) {
        return OPEN.contains(declaration.status());
    }

    /** The secretariat reads evidence but never changes it, and hears the declaration's 404 as anyone else would. */
    @Override
    protected RuntimeException notWriter(UUID ownerId) {
        return unknown(ownerId);
    }

    private static NotFoundException unknown(UUID declarationId) {
        return new NotFoundException("resource.declaration", declarationId);
    }
}
