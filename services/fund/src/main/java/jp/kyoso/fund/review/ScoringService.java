package jp.kyoso.fund.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;

/** Scoring for selection: assigned members score once; others' scores stay hidden until everyone has scored. */
@Singleton
public class ScoringService {

    private final ReviewRepository reviews;
    private final ReviewScoreRepository scores;
    private final AssignmentRepository assignments;
    private final ApplicationService applications;
    private final CallService calls;
    private final ScoreSheetRecorder recorder;

    ScoringService(ReviewRepository reviews, ReviewScoreRepository scores, AssignmentRepository assignments,
                   ApplicationService applications, CallService calls, ScoreSheetRecorder recorder) {
        this.reviews = reviews;
        this.scores = scores;
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.recorder = recorder;
    }

    /** Scores an application; the caller has passed the conflict gate. */
    @Transactional
    public Review submit(UUID applicationId, CurrentUser user, ScoreSheet sheet) {
        GrantApplication application = applications.get(applicationId);
        FundCall call = calls.get(application.callId());
        if (!assignments.existsByApplicationIdAndReviewerId(applicationId, user.userId())) {
            throw new ForbiddenException("fund.review.notAssigned");
        }
        if (call.status() != CallStatus.CLOSED || application.status() != ApplicationStatus.ELIGIBLE) {
            throw new ConflictException("fund.review.closed");
        }
        return recorder.record(application, user.userId(), sheet, ReviewPurpose.SELECTION);
    }

    /**
     * The reviews of an application a member may see: its own, and the others only once it has submitted its own and
     * every assigned reviewer has submitted (no anchoring on colleagues' scores).
     */
    @Transactional(readOnly = true)
    public VisibleReviews visibleReviews(UUID applicationId, CurrentUser user) {
        List<Review> all = reviews.findByApplicationIdAndPurpose(applicationId, ReviewPurpose.SELECTION);
        Optional<Review> own = all.stream().filter(r -> r.reviewerId().equals(user.userId())).findFirst();
        Set<String> submitted = new HashSet<>();
        all.forEach(r -> submitted.add(r.reviewerId()));
        boolean everyoneDone = own.isPresent() && assignments.findByApplicationId(applicationId).stream()
                .allMatch(a -> submitted.contains(a.reviewerId()));
        Map<Review, List<ReviewScore>> shown = new LinkedHashMap<>();
        for (Review review : all) {
            if (review.reviewerId().equals(user.userId()) || everyoneDone) {
                shown.put(review, scores.findByReviewId(review.id()));
            }
        }
        return new VisibleReviews(shown, everyoneDone, all.size());
    }

    /** The selection reviews of a call, which the decision pack ranks by. */
    @Transactional(readOnly = true)
    public List<Review> selectionReviewsOf(UUID callId) {
        return reviews.findByCallIdAndPurpose(callId, ReviewPurpose.SELECTION);
    }

    /** What {@link #visibleReviews} returns. */
    public record VisibleReviews(Map<Review, List<ReviewScore>> reviews, boolean othersVisible, int submitted) {
    }
}
