package jp.kyoso.fund.conflict;

import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.fund.committee.CommitteeMember;
import jp.kyoso.fund.committee.CommitteeRoster;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.fund.ledger.LedgerService;
import jp.kyoso.fund.organisation.OrganisationDirectory;

/**
 * Gathers what {@link ConflictCheck} needs about one member and one application: the member's organisation and
 * declared affiliations, whether the applicant is an investor, and its collaboration partners.
 */
@Singleton
class ConflictDetector {

    private final CommitteeRoster committee;
    private final AffiliationRepository affiliations;
    private final LedgerService ledger;
    private final OrganisationDirectory organisations;

    ConflictDetector(CommitteeRoster committee, AffiliationRepository affiliations, LedgerService ledger,
                     OrganisationDirectory organisations) {
        this.committee = committee;
        this.affiliations = affiliations;
        this.ledger = ledger;
        this.organisations = organisations;
    }

    /** The automatic conflict's reason key, if the rules find one; runs in the caller's transaction. */
    Optional<String> automatic(String reviewerId, GrantApplication application) {
        Set<UUID> reviewerOrganisations = new HashSet<>();
        committee.find(reviewerId).map(CommitteeMember::organisationId).ifPresent(reviewerOrganisations::add);
        affiliations.findByReviewerId(reviewerId).forEach(a -> reviewerOrganisations.add(a.organisationId()));
        if (reviewerOrganisations.isEmpty()) {
            return Optional.empty();
        }
        return ConflictCheck.detect(reviewerOrganisations, application.organisationId(),
                ledger.isInvestor(application.organisationId()),
                organisations.collaborationPartnersOf(application.organisationId()));
    }
}
