package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.events.sdg.SdgGoal;

/** A commitment as published, with its goal's name and side, and what the latest report said about it. */
@Serdeable
public record CommitmentView(
        UUID id,
        String sdgTarget,
        int sdgGoal,
        String sdgGoalName,
        SideView side,
        String action,
        String indicator,
        String baseline,
        String targetValue,
        int targetYear,
        @Nullable String latestValue,
        @Nullable String latestComment) {

    public static CommitmentView of(Commitment commitment, @Nullable LatestReport.Line latest, boolean english) {
        SdgGoal goal = SdgCatalog.goal(commitment.goal()).orElseThrow();
        return new CommitmentView(commitment.id(), commitment.target(), goal.number(),
                english ? goal.english() : goal.japanese(), SideView.of(goal.side(), english), commitment.action(),
                commitment.indicator(), commitment.baseline(), commitment.targetValue(), commitment.targetYear(),
                latest == null ? null : latest.valueReached(), latest == null ? null : latest.comment());
    }
}
