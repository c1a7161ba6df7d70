package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Deadlines;

/** An open challenge for the member's seeds, with the reason for its rank in the caller's language. */
@Serdeable
public record ChallengeFitView(int rank, UUID challengeId, String challengeTitle, @Nullable UUID departmentId,
                               @Nullable LocalDate proposalDeadline, UUID seedId, String seedTitle, double score,
                               String reason, List<String> sharedTargets, List<Integer> sharedGoals,
                               int textSimilarityPercent) {

    static ChallengeFitView of(ChallengeFit fit, String reason) {
        return new ChallengeFitView(fit.rank(), fit.challengeId(), fit.challengeTitle(), fit.departmentId(),
                Deadlines.dayOf(fit.deadline()), fit.seedId(), fit.seedTitle(), fit.score().score(), reason,
                fit.score().sharedTargets(), fit.score().sharedGoals(), fit.score().textSimilarityPercent());
    }
}
