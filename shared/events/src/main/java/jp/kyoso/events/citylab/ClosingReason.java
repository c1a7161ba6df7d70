package jp.kyoso.events.citylab;

/** Why a challenge stopped taking proposals. */
public enum ClosingReason {
    /** Its proposal deadline passed (the scheduled job closed it). */
    DEADLINE,
    /** The secretariat closed it by hand. */
    MANUAL
}
