package jp.kyoso.citylab.challenge;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An existing challenge like the one being drafted; {@code similarityPercent} is the trigram score × 100. */
@Serdeable
public record SimilarChallengeView(UUID id, String title, ChallengeStatus status, int similarityPercent) {

    static SimilarChallengeView of(SimilarChallenge similar) {
        return new SimilarChallengeView(similar.id(), similar.title(), similar.status(),
                (int) Math.round(similar.score() * 100));
    }
}
