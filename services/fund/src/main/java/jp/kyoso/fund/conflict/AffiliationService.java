package jp.kyoso.fund.conflict;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.committee.CommitteeRoster;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.security.CurrentUser;

/** The organisations a committee member declares ties to: the ground of its automatic conflicts. */
@Singleton
public class AffiliationService {

    private final AffiliationRepository affiliations;
    private final CommitteeRoster committee;
    private final ConflictService conflicts;
    private final Clock clock;

    AffiliationService(AffiliationRepository affiliations, CommitteeRoster committee, ConflictService conflicts,
                       Clock clock) {
        this.affiliations = affiliations;
        this.committee = committee;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /** Declares an affiliation, and recuses the member from assigned applications it now conflicts with. */
    @Transactional
    public CommitteeAffiliation declare(CurrentUser user, UUID organisationId, String note) {
        committee.register(user);
        if (affiliations.existsByReviewerIdAndOrganisationId(user.userId(), organisationId)) {
            throw new ConflictException("fund.affiliation.exists");
        }
        CommitteeAffiliation affiliation = affiliations.save(new CommitteeAffiliation(UUID.randomUUID(),
                user.userId(), organisationId, note == null || note.isBlank() ? null : note.strip(), clock.instant()));
        conflicts.recuseFromConflictingAssignments(user.userId());
        return affiliation;
    }

    @Transactional(readOnly = true)
    public List<CommitteeAffiliation> of(String reviewerId) {
        return affiliations.findByReviewerId(reviewerId);
    }
}
