package jp.kyoso.kpi.plan;

/**
 * How a city computes 達成度; a setting of the plan. The Cabinet Office's progress sheet uses {@link #PROGRESS}; some
 * cities report how close the current value is to the target, or progress against the target pro-rated to the
 * latest value's date.
 */
public enum AchievementConvention {
    /** (current − baseline) ÷ (target − baseline) × 100. */
    PROGRESS,
    /** current ÷ target × 100. */
    CURRENT_OVER_TARGET,
    /**
     * (current − baseline) ÷ (due − baseline) × 100, where "due" is the value the straight line from the baseline to
     * the target reaches at the current value's date (the pro-rated yearly target).
     */
    PRO_RATED
}
