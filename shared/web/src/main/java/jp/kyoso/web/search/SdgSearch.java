package jp.kyoso.web.search;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * A list's {@code q}, {@code sdgGoal} and {@code sdgTarget} parameters as the shared {@link SdgFilter}, with a bad
 * value named as the request's parameter rather than as the filter's own field.
 */
public final class SdgSearch {

    private static final Map<String, String> PARAMETERS = Map.of("goal", "sdgGoal", "target", "sdgTarget");

    private SdgSearch() {
    }

    /** The old {@code goal} / {@code target} parameters count only where the new ones are absent. */
    public static SdgFilter of(@Nullable String q, @Nullable Integer sdgGoal, @Nullable String sdgTarget,
                               @Nullable Integer oldGoal, @Nullable String oldTarget) {
        try {
            return new SdgFilter(q, sdgGoal != null ? sdgGoal : oldGoal, sdgTarget != null ? sdgTarget : oldTarget);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(error -> new FieldErrorKey(
                    PARAMETERS.getOrDefault(error.field(), error.field()), error.code(), error.args())).toList());
        }
    }
}
