package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.citylab.matching.MatchScore;

/** An open challenge that fits one of the member's seeds, by the best-fitting seed and the parts of its score. */
public record ChallengeFit(int rank, UUID challengeId, String challengeTitle, @Nullable UUID departmentId,
                           @Nullable Instant deadline, UUID seedId, String seedTitle, MatchScore score) {
}
