package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One kept version of a challenge's text: the draft is version 1, every refinement adds the next, with who and when. */
@MappedEntity("challenge_version")
public record ChallengeVersion(
        @Id UUID id,
        UUID challengeId,
        int number,
        String title,
        String background,
        @Nullable String desiredOutcome,
        @Nullable String targetKpi,
        @Nullable String constraints,
        @Nullable String solutionDirection,
        @Nullable String note,
        String editedBy,
        Instant editedAt) {

    public static ChallengeVersion of(Challenge challenge, @Nullable String note, String by, Instant at) {
        return new ChallengeVersion(UUID.randomUUID(), challenge.id(), challenge.currentVersion(), challenge.title(),
                challenge.background(), challenge.desiredOutcome(), challenge.targetKpi(), challenge.constraints(),
                challenge.solutionDirection(), note, by, at);
    }
}
