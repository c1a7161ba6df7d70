package jp.kyoso.events.declarations;

/** Why a declaration stopped being active without being revoked. */
public enum LapseReason {
    /** The yearly progress report was still missing on December 31. */
    REPORT_NOT_FILED,
    /** The three-fiscal-year term ended and the declarant did not renew. */
    TERM_ENDED
}
