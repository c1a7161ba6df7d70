package jp.kyoso.portal.sessions;

/**
 * What a signed-in person must do before the platform serves them; carried in the token's {@code pending} claim.
 * A session with a pending action reaches only the account endpoints that settle it.
 */
public enum PendingAction {
    /** The password was generated or set by the bootstrap: the person chooses their own first. */
    PASSWORD_CHANGE,
    /** The person's role requires a second factor and no authenticator app is confirmed yet. */
    TOTP_ENROLMENT
}
