package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A challenge as the public (once published), the secretariat and its department see it. {@code proposalDeadline}
 * is the day as the department wrote it: proposals are taken until it ends in Tokyo.
 */
@Serdeable
public record ChallengeView(
        UUID id,
        @Nullable UUID departmentId,
        String title,
        String background,
        @Nullable String desiredOutcome,
        @Nullable String targetKpi,
        @Nullable String constraints,
        @Nullable String solutionDirection,
        List<String> sdgTargets,
        @Nullable Long budgetYen,
        @Nullable String testFieldOffered,
        @Nullable LocalDate proposalDeadline,
        @Nullable UUID originIssueId,
        ChallengeStatus status,
        int currentVersion,
        boolean signedOff,
        Instant draftedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant closedAt) {

    public static ChallengeView of(Challenge c) {
        return new ChallengeView(c.id(), c.departmentId(), c.title(), c.background(), c.desiredOutcome(),
                c.targetKpi(), c.constraints(), c.solutionDirection(), c.sdgTargetList(), c.budgetYen(),
                c.testFieldOffered(), Deadlines.dayOf(c.deadline()), c.originIssueId(), c.status(), c.currentVersion(),
                c.signedOffAt() != null, c.draftedAt(), c.publishedAt(), c.closedAt());
    }
}
