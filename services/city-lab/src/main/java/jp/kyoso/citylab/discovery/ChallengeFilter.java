package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.citylab.domain.ChallengeStatus;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * What the challenge search is asked for; every part optional. A target must belong to the goal when both are given,
 * since a search for "goal 3, target 11.2" can only ever answer nothing.
 */
public record ChallengeFilter(@Nullable String keyword, @Nullable Integer goal, @Nullable String target,
                              @Nullable UUID departmentId, @Nullable ChallengeStatus status) {

    private static final int MAX_KEYWORD = 200;

    public ChallengeFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
        if (keyword != null && keyword.length() > MAX_KEYWORD) {
            throw InvalidInputException.of("q", "Size", 1, MAX_KEYWORD);
        }
        if (goal != null && SdgCatalog.goal(goal).isEmpty()) {
            throw InvalidInputException.of("goal", "search.unknownGoal", goal);
        }
        if (target != null && !target.isBlank()) {
            String typed = target;
            target = SdgCatalog.target(typed.strip()).orElseThrow(
                    () -> InvalidInputException.of("target", "sdgTargets.unknown", typed)).code();
        } else {
            target = null;
        }
        if (target != null && goal != null && !target.startsWith(goal + ".")) {
            throw InvalidInputException.of("target", "search.targetOutsideGoal", target, goal);
        }
    }

    /** {@code %keyword%} with LIKE's wildcards escaped, or null without a keyword. */
    @Nullable
    String keywordPattern() {
        return keyword == null ? null
                : "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
