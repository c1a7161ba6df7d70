package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;

/** The words of a challenge, as one version holds them. */
public record ChallengeText(
        String title,
        String background,
        @Nullable String desiredOutcome,
        @Nullable String targetKpi,
        @Nullable String constraints,
        @Nullable String solutionDirection) {
}
