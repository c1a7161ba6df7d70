package jp.kyoso.fund.grantapplication;

/**
 * DRAFT → (submit, screened automatically) ELIGIBLE or INELIGIBLE; DRAFT or ELIGIBLE → WITHDRAWN by the applicant;
 * ELIGIBLE → AWARDED or REJECTED by the committee's decision.
 */
public enum ApplicationStatus {
    DRAFT,
    ELIGIBLE,
    INELIGIBLE,
    WITHDRAWN,
    AWARDED,
    REJECTED;

    public boolean decided() {
        return this == AWARDED || this == REJECTED;
    }
}
