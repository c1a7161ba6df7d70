package jp.kyoso.fund.call;

/** A call for applications (公募) moves DRAFT → OPEN → CLOSED → DECIDED and never back. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED,
    DECIDED
}
