package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/** A department's new challenge as its staff wrote it. */
public record DraftChallenge(ChallengeText text, List<String> sdgTargets, @Nullable Long budgetYen,
                             @Nullable String testFieldOffered, LocalDate proposalDeadline) {
}
