package jp.kyoso.fund.decision;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.fund.conflict.ConflictLine;

/**
 * What the committee decides on: the ranked list, requested against available money, score spread, and the
 * conflict-of-interest log of the call.
 */
@Serdeable
public record DecisionPack(UUID callId, String title, CallStatus status, long budgetYen, long awardedYen,
                           long remainingBudgetYen, long fundAvailableYen, long requestedTotalYen,
                           List<RankedApplication> ranking, List<ConflictLine> conflicts) {
}
