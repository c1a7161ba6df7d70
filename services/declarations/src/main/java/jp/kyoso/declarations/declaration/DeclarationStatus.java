package jp.kyoso.declarations.declaration;

import java.util.Set;

/** Where a declaration stands in its life, from the first draft to registration and beyond. */
public enum DeclarationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    REGISTERED,
    /** Registered, but last fiscal year's progress report was not filed by June 30: still listed, flagged. */
    REPORT_OVERDUE,
    /** No longer active (report missing on December 31, or term ended): still shown, as lapsed. */
    LAPSED,
    /** Withdrawn by the secretariat with a public reason: still shown, flagged. */
    REVOKED;

    /** The statuses the public directory and open data show: everything that was ever registered. */
    public static final Set<DeclarationStatus> PUBLIC = Set.of(REGISTERED, REPORT_OVERDUE, LAPSED, REVOKED);

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Registered and in force: what the fund and the KPIs count as an active declarant. */
    public boolean isActive() {
        return this == REGISTERED || this == REPORT_OVERDUE;
    }
}
