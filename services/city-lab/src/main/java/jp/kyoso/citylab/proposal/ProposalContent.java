package jp.kyoso.citylab.proposal;

import java.time.LocalDate;
import java.util.List;

/** What a proposer writes: the part of a proposal they may edit until the deadline. */
public record ProposalContent(
        String title,
        String summary,
        String approach,
        String team,
        List<String> sdgTargets,
        String expectedOutcome,
        long costEstimateYen,
        LocalDate periodFrom,
        LocalDate periodTo) {
}
