package jp.kyoso.fund.conflict;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.events.fund.ConflictDeclared;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.messaging.outbox.Outbox;

/**
 * The append-only conflict register: every declaration and recusal is a row and an event. A conflict also takes the
 * member off the application, in the same transaction, so no conflicted assignment is ever visible.
 */
@Singleton
class ConflictRegister {

    private final ConflictRecordRepository register;
    private final AssignedReviews assignments;
    private final Outbox outbox;
    private final Clock clock;

    ConflictRegister(ConflictRecordRepository register, AssignedReviews assignments, Outbox outbox,
                     Clock clock) {
        this.register = register;
        this.assignments = assignments;
        this.outbox = outbox;
        this.clock = clock;
    }

    Optional<ConflictRecord> latestDeclaration(UUID applicationId, String reviewerId) {
        List<ConflictRecord> records = register.findByApplicationIdAndReviewerIdOrderByRecordedAt(applicationId,
                reviewerId);
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    List<ConflictRecord> ofCall(UUID callId) {
        return register.findByCallIdOrderByRecordedAt(callId);
    }

    /** The applications the member is assigned to, which a newly declared affiliation may conflict with. */
    List<UUID> assignedTo(String reviewerId) {
        return assignments.applicationsOf(reviewerId);
    }

    /** Registers an automatic recusal once and drops any assignment. */
    void recuse(GrantApplication application, String reviewerId, String reason) {
        boolean alreadyRecused = register.findByApplicationIdAndReviewerIdOrderByRecordedAt(application.id(),
                reviewerId).stream().anyMatch(r -> r.automatic() && r.conflicted());
        if (!alreadyRecused) {
            log(application, reviewerId, true, true, reason, "system");
        }
        unassign(application.id(), reviewerId);
    }

    void unassign(UUID applicationId, String reviewerId) {
        assignments.withdraw(applicationId, reviewerId);
    }

    ConflictRecord log(GrantApplication application, String reviewerId, boolean conflicted, boolean automatic,
                       String reason, String by) {
        Instant now = clock.instant();
        ConflictRecord record = register.save(new ConflictRecord(UUID.randomUUID(), application.callId(),
                application.id(), reviewerId, conflicted, automatic, reason, by, now));
        outbox.append(new ConflictDeclared(application.id().toString(), application.callId().toString(), reviewerId,
                conflicted, automatic, reason, now));
        return record;
    }
}
