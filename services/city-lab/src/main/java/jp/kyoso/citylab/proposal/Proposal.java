package jp.kyoso.citylab.proposal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.citylab.shared.TransitionException;

/** A member organisation's proposal to a challenge. Confidential: only the proposer, secretariat and department read it. */
@MappedEntity("proposal")
public record Proposal(
        @Id UUID id,
        UUID challengeId,
        UUID organisationId,
        String submittedBy,
        String title,
        String summary,
        String approach,
        String team,
        String sdgTargets,
        String expectedOutcome,
        long costEstimateYen,
        LocalDate periodFrom,
        LocalDate periodTo,
        ProposalStatus status,
        @Nullable String declineReason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable UUID projectId,
        Instant submittedAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public static Proposal submitted(UUID id, UUID challengeId, UUID organisationId, ProposalContent content, String by,
                                     Instant at) {
        return new Proposal(id, challengeId, organisationId, by, content.title(), content.summary(), content.approach(),
                content.team(), SdgTargets.join(content.sdgTargets()), content.expectedOutcome(),
                content.costEstimateYen(), content.periodFrom(), content.periodTo(), ProposalStatus.SUBMITTED, null,
                null, null, null, at, at, null);
    }

    /** This proposal as its row reads once inserted: at version 0, as every entity starts. */
    Proposal firstVersion() {
        return new Proposal(id, challengeId, organisationId, submittedBy, title, summary, approach, team, sdgTargets,
                expectedOutcome, costEstimateYen, periodFrom, periodTo, status, declineReason, decidedBy, decidedAt,
                projectId, submittedAt, updatedAt, 0L);
    }

    public List<String> sdgTargetList() {
        return SdgTargets.split(sdgTargets);
    }

    public Proposal edit(ProposalContent content, Instant at) {
        requireOpen("edit");
        return new Proposal(id, challengeId, organisationId, submittedBy, content.title(), content.summary(),
                content.approach(), content.team(), SdgTargets.join(content.sdgTargets()), content.expectedOutcome(),
                content.costEstimateYen(), content.periodFrom(), content.periodTo(), status, declineReason, decidedBy,
                decidedAt, projectId, submittedAt, at, version);
    }

    public Proposal withdraw(String by, Instant at) {
        requireOpen("withdraw");
        return decided(ProposalStatus.WITHDRAWN, null, by, at, null);
    }

    public Proposal shortlist(String by, Instant at) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new TransitionException(status, "shortlist");
        }
        return decided(ProposalStatus.SHORTLISTED, null, by, at, null);
    }

    public Proposal adopt(String by, Instant at, UUID project) {
        requireOpen("adopt");
        return decided(ProposalStatus.ADOPTED, null, by, at, project);
    }

    public Proposal decline(String reason, String by, Instant at) {
        requireOpen("decline");
        return decided(ProposalStatus.DECLINED, reason, by, at, null);
    }

    public boolean belongsTo(@Nullable String organisation) {
        return organisationId.toString().equals(organisation);
    }

    private void requireOpen(String attempted) {
        if (!status.isOpen()) {
            throw new TransitionException(status, attempted);
        }
    }

    private Proposal decided(ProposalStatus next, @Nullable String reason, String by, Instant at,
                             @Nullable UUID project) {
        return new Proposal(id, challengeId, organisationId, submittedBy, title, summary, approach, team, sdgTargets,
                expectedOutcome, costEstimateYen, periodFrom, periodTo, next, reason, by, at, project, submittedAt, at,
                version);
    }
}
