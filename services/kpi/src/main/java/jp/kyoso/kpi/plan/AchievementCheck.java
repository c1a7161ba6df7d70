package jp.kyoso.kpi.plan;

/** How the 達成度 a sheet reports compares with the one the plan's convention gives. */
public enum AchievementCheck {
    /** Reported equals computed within the reported figure's precision. */
    AGREES,
    /** Reported equals (current − baseline) ÷ (target − baseline) × 100, though the plan uses another convention. */
    REPORTED_IS_PROGRESS,
    /** Reported equals latest ÷ target × 100: the sheet measured the distance to the target, not the progress. */
    REPORTED_IS_CURRENT_OVER_TARGET,
    /** Reported equals progress against the target pro-rated to the latest value's date. */
    REPORTED_IS_PRO_RATED,
    /** Reported equals −computed: usually a decreasing target read the wrong way round. */
    REPORTED_SIGN_FLIPPED,
    /** None of the above. */
    DISAGREES,
    /** The formula has no answer (no target, no latest value, unreadable periods). */
    NOT_COMPUTABLE,
    /** The sheet gives no figure. */
    NOT_REPORTED
}
