package jp.kyoso.events.declarations;

/** How the secretariat closed the investigation of a complaint about a declarant. */
public enum ComplaintOutcome {
    /** The complaint was unfounded; nothing changes. */
    DISMISSED,
    /** The declarant must correct what it publishes or does; the registration stands. */
    REMEDY_REQUIRED,
    /** The complaint was founded and serious: the registration is revoked with a public reason. */
    REVOKED
}
