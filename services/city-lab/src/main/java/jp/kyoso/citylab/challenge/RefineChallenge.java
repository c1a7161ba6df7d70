package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The secretariat's refinement: the whole text and terms as they should read now, and a note on what changed. */
public record RefineChallenge(ChallengeText text, @Nullable UUID departmentId, List<String> sdgTargets,
                              @Nullable Long budgetYen, @Nullable String testFieldOffered,
                              @Nullable LocalDate proposalDeadline, @Nullable String note) {
}
