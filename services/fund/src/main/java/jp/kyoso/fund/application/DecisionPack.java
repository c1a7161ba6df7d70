package jp.kyoso.fund.application;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.domain.CallStatus;

/**
 * What the committee decides on: the ranked list, requested against available money, score spread, and the
 * conflict-of-interest log of the call.
 */
@Serdeable
public record DecisionPack(UUID callId, String title, CallStatus status, long budgetCapYen, long awardedYen,
                           long remainingBudgetYen, long fundAvailableYen, long requestedTotalYen,
                           List<RankedApplication> ranking, List<ConflictLine> conflicts) {

    /** One line of the register, as the secretariat sees it. */
    @Serdeable
    public record ConflictLine(UUID applicationId, String reviewerId, boolean conflicted, boolean automatic,
                               @io.micronaut.core.annotation.Nullable String reason, java.time.Instant recordedAt) {
    }
}
