package jp.kyoso.fund.conflict;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Conflicts of interest found without asking the member: the reviewer is tied to the applicant itself, to the
 * applicant as one of the fund's investor companies, or to an organisation that shares a collaboration project with
 * the applicant. The result is the reason's message key.
 */
public final class ConflictCheck {

    public static final String SAME_ORGANISATION = "fund.conflict.sameOrganisation";
    public static final String INVESTOR = "fund.conflict.investor";
    public static final String COLLABORATION = "fund.conflict.collaboration";

    private ConflictCheck() {
    }

    /**
     * @param reviewerOrganisations the reviewer's own organisation and declared affiliations
     * @param applicant the applicant organisation
     * @param applicantIsInvestor whether the applicant is one of the fund's investor companies
     * @param applicantPartners organisations sharing a collaboration project with the applicant
     */
    public static Optional<String> detect(Set<UUID> reviewerOrganisations, UUID applicant, boolean applicantIsInvestor,
                                          Set<UUID> applicantPartners) {
        if (reviewerOrganisations.contains(applicant)) {
            return Optional.of(applicantIsInvestor ? INVESTOR : SAME_ORGANISATION);
        }
        if (reviewerOrganisations.stream().anyMatch(applicantPartners::contains)) {
            return Optional.of(COLLABORATION);
        }
        return Optional.empty();
    }
}
