package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One kept version of a challenge's text with who wrote it and when. */
@Serdeable
public record ChallengeVersionView(int number, String title, String background, @Nullable String desiredOutcome,
                                   @Nullable String targetKpi, @Nullable String constraints,
                                   @Nullable String solutionDirection, @Nullable String note, String editedBy,
                                   Instant editedAt) {

    static ChallengeVersionView of(ChallengeVersion v) {
        return new ChallengeVersionView(v.number(), v.title(), v.background(), v.desiredOutcome(), v.targetKpi(),
                v.constraints(), v.solutionDirection(), v.note(), v.editedBy(), v.editedAt());
    }
}
