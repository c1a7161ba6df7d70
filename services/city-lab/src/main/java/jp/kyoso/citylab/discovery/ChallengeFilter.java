package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.search.SdgFilter;

/**
 * What the challenge search is asked for; every part optional (the keyword and SDG part checked by SdgFilter).
 * {@code mine} narrows it to the caller's own department, whatever the status.
 */
public record ChallengeFilter(SdgFilter text, @Nullable UUID departmentId, @Nullable ChallengeStatus status,
                              boolean mine) {

    private static final Map<String, String> PARAMETERS = Map.of("goal", "sdgGoal", "target", "sdgTarget");

    /**
     * The keyword and SDG part, checked, with a bad value named as the search's parameter ({@code sdgGoal},
     * {@code sdgTarget}), not as the shared filter's own field.
     */
    public static SdgFilter sdg(@Nullable String q, @Nullable Integer sdgGoal, @Nullable String sdgTarget) {
        try {
            return new SdgFilter(q, sdgGoal, sdgTarget);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(error -> new FieldErrorKey(
                    PARAMETERS.getOrDefault(error.field(), error.field()), error.code(), error.args())).toList());
        }
    }

    /** A department's own challenges, unfiltered otherwise but for the status. */
    public static ChallengeFilter mine(@Nullable ChallengeStatus status) {
        return new ChallengeFilter(new SdgFilter(null, null, null), null, status, true);
    }
}
