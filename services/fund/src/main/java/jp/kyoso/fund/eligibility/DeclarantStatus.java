package jp.kyoso.fund.eligibility;

/** A declaration's status as far as the fund cares; only REGISTERED and REPORT_OVERDUE are active. */
public enum DeclarantStatus {
    REGISTERED,
    REPORT_OVERDUE,
    LAPSED,
    REVOKED;

    public boolean isActive() {
        return this == REGISTERED || this == REPORT_OVERDUE;
    }
}
