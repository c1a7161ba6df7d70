package jp.kyoso.fund.review;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.conflict.AssignedReviews;

/** The assignments as the conflict register sees them: a recusal withdraws one in the register's transaction. */
@Singleton
class ReviewAssignments implements AssignedReviews {

    private final AssignmentRepository assignments;

    ReviewAssignments(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<UUID> applicationsOf(String reviewerId) {
        return assignments.findByReviewerId(reviewerId).stream().map(ReviewAssignment::applicationId).toList();
    }

    @Override
    public void withdraw(UUID applicationId, String reviewerId) {
        assignments.deleteByApplicationIdAndReviewerId(applicationId, reviewerId);
    }
}
