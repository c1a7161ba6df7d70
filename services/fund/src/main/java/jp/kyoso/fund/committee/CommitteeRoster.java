package jp.kyoso.fund.committee;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.events.portal.AccountEvent;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Keeps {@code committee_member} in step with the portal's accounts: an active account with the COMMITTEE role is
 * in the pool (so it can be assigned before its person ever opened a fund screen); a deactivated one, or one that
 * lost the role, stays on record (its reviews and conflicts name it) but is no longer assigned.
 */
@Singleton
public class CommitteeRoster {

    private final CommitteeRepository members;
    private final Clock clock;

    public CommitteeRoster(CommitteeRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Registers the member on first use, for a committee account the account events have not brought yet. */
    @Transactional
    public CommitteeMember register(CurrentUser user) {
        return members.findById(user.userId()).orElseGet(() -> members.save(new CommitteeMember(user.userId(),
                user.username(), user.organisationId() == null ? null : UUID.fromString(user.organisationId()),
                clock.instant(), true)));
    }

    @Transactional(readOnly = true)
    public List<CommitteeMember> all() {
        return members.findAllOrderByReviewerId();
    }

    /** The members automatic assignment may choose from. */
    @Transactional(readOnly = true)
    public List<CommitteeMember> active() {
        return members.findByActiveTrueOrderByReviewerId();
    }

    @Transactional(readOnly = true)
    public Optional<CommitteeMember> find(String reviewerId) {
        return members.findById(reviewerId);
    }

    /** Runs in the inbox's transaction; applying the same event twice leaves the same row. */
    public void apply(AccountEvent event, Instant at) {
        boolean inPool = event.active() && event.roles().contains(Roles.COMMITTEE);
        UUID organisation = event.organisationId() == null ? null : UUID.fromString(event.organisationId());
        Optional<CommitteeMember> known = members.findById(event.accountId());
        if (known.isPresent()) {
            CommitteeMember member = known.get();
            members.update(new CommitteeMember(member.reviewerId(), event.username(), organisation,
                    member.registeredAt(), inPool));
        } else if (inPool) {
            members.save(new CommitteeMember(event.accountId(), event.username(), organisation, at, true));
        }
    }
}
