package jp.kyoso.citylab.attachment;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.OrganisationFiles;
import jp.kyoso.citylab.proposal.Proposal;
import jp.kyoso.citylab.proposal.ProposalService;
import jp.kyoso.events.citylab.ProposalAttachmentRemoved;
import jp.kyoso.web.security.CurrentUser;

/** A proposal's plan, budget sheet and pictures: read like the proposal, changed by its proposer while it is open. */
@Singleton
public class ProposalFiles extends OrganisationFiles<Proposal> {

    /** A plan and a budget sheet, a few pictures: 10 MB each, 5 files. */
    static final AttachmentLimits LIMITS = AttachmentLimits.documents(10, 5);

    private final ProposalService proposals;

    public ProposalFiles(ProposalService proposals) {
        super("proposal", LIMITS, ProposalAttachmentRemoved::new);
        this.proposals = proposals;
    }

    @Override
    protected Proposal readable(UUID ownerId, CurrentUser user) {
        return proposals.get(ownerId, user);
    }

    @Override
    protected UUID organisationOf(Proposal proposal) {
        return proposal.organisationId();
    }

    @Override
    protected boolean open(Proposal proposal) {
        return proposal.status().isOpen();
    }
}
