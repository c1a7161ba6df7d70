package jp.kyoso.citylab.proposal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A proposal as its proposer, the secretariat and the owning department see it, decline reason included. */
@Serdeable
public record ProposalView(UUID id, UUID challengeId, UUID organisationId, String title, String summary,
                           String approach, String team, List<String> sdgTargets, String expectedOutcome,
                           long costEstimateYen, LocalDate periodFrom, LocalDate periodTo, ProposalStatus status,
                           @Nullable String declineReason, @Nullable Instant decidedAt, @Nullable UUID projectId,
                           Instant submittedAt, Instant updatedAt) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id(), p.challengeId(), p.organisationId(), p.title(), p.summary(), p.approach(),
                p.team(), p.sdgTargetList(), p.expectedOutcome(), p.costEstimateYen(), p.periodFrom(), p.periodTo(),
                p.status(), p.declineReason(), p.decidedAt(), p.projectId(), p.submittedAt(), p.updatedAt());
    }
}
