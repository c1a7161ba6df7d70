package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** An existing challenge that resembles a text being drafted, with its trigram score (0–1). */
@Introspected
public record SimilarChallenge(UUID id, String title, ChallengeStatus status, @Nullable UUID departmentId,
                               double score) {
}
