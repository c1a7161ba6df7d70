package jp.kyoso.portal.audit;

/** What an access record is about. */
public enum AccessKind {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** A call relayed by the gateway to a service. */
    API
}
