package jp.kyoso.citylab.proposal;

/** Where a proposal stands. SUBMITTED, SHORTLISTED and ADOPTED are "active": one per organisation per challenge. */
public enum ProposalStatus {
    SUBMITTED,
    SHORTLISTED,
    ADOPTED,
    DECLINED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == SHORTLISTED;
    }
}
