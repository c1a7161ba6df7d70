package jp.kyoso.kpi.domain.plan;

/** How the 達成度 a sheet reports compares with the one the Cabinet Office formula gives. */
public enum AchievementCheck {
    /** Reported equals computed within the reported figure's precision. */
    AGREES,
    /** Reported equals latest ÷ target × 100: the sheet measured the distance to the target, not the progress. */
    REPORTED_IS_CURRENT_OVER_TARGET,
    /** Reported equals −computed: usually a decreasing target read the wrong way round. */
    REPORTED_SIGN_FLIPPED,
    /** None of the above. */
    DISAGREES,
    /** The formula has no answer (no target, target = baseline, no latest value). */
    NOT_COMPUTABLE,
    /** The sheet gives no figure. */
    NOT_REPORTED
}
