package jp.kyoso.declarations.complaint;

/** A complaint is received, investigated, then decided with an outcome. */
public enum ComplaintStatus {
    RECEIVED,
    INVESTIGATING,
    DECIDED
}
