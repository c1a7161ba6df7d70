package jp.kyoso.web.search;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * A search's keyword and SDG goal or target, checked and normalised ("１１．２" is 11.2). A target outside the goal
 * is refused rather than answered with nothing, since the user asked for something that cannot exist.
 */
public record SdgFilter(@Nullable String keyword, @Nullable Integer goal, @Nullable String target) {

    private static final int MAX_KEYWORD = 200;

    public SdgFilter {
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
                    () -> InvalidInputException.of("target", "search.unknownTarget", typed)).code();
        } else {
            target = null;
        }
        if (target != null && goal != null && !target.startsWith(goal + ".")) {
            throw InvalidInputException.of("target", "search.targetOutsideGoal", target, goal);
        }
    }

    /** {@code %keyword%} with LIKE's wildcards escaped, or null without a keyword. */
    @Nullable
    public String keywordPattern() {
        return keyword == null ? null
                : "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Nullable
    public String goalText() {
        return goal == null ? null : goal.toString();
    }
}
