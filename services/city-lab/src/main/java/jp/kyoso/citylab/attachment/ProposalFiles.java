package jp.kyoso.citylab.attachment;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.attachments.Attachment;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.AttachmentOwner;
import jp.kyoso.citylab.proposal.Proposal;
import jp.kyoso.citylab.proposal.ProposalService;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.citylab.ProposalAttachmentRemoved;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;

/** A proposal's plan, budget sheet and pictures: read like the proposal, changed by its proposer while it is open. */
@Singleton
public class ProposalFiles implements AttachmentOwner {

    /** A plan and a budget sheet, a few pictures: 10 MB each, 5 files. */
    static final AttachmentLimits LIMITS = AttachmentLimits.documents(10, 5);

    private final ProposalService proposals;

    public ProposalFiles(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public String kind() {
        return "proposal";
    }

    @Override
    public AttachmentLimits limits() {
        return LIMITS;
    }

    @Override
    public void requireReadable(UUID ownerId, CurrentUser user) {
        proposals.get(ownerId, user);
    }

    @Override
    public UUID requireWritable(UUID ownerId, CurrentUser user) {
        Proposal proposal = proposals.get(ownerId, user);
        if (!proposal.belongsTo(user.organisationId())) {
            throw new ForbiddenException("attachment.notOwner");
        }
        if (!proposal.status().isOpen()) {
            throw new ConflictException("attachment.closed");
        }
        return proposal.organisationId();
    }

    @Override
    public DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return new ProposalAttachmentRemoved(attachment.id().toString(), attachment.ownerKind(),
                attachment.ownerId().toString(), attachment.organisationId().toString(), attachment.fileName(),
                attachment.sha256(), attachment.sizeBytes(), removedAt, removedBy);
    }
}
