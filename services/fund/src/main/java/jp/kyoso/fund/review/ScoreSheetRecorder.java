package jp.kyoso.fund.review;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.fund.ReviewSubmitted;
import jp.kyoso.fund.call.CallCriterion;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * Stores one member's score sheet on an application, for selection or for the evaluation of a funded project: one
 * score per criterion of the call, the weighted score computed here. Runs in the caller's transaction.
 */
@Singleton
class ScoreSheetRecorder {

    private final ReviewRepository reviews;
    private final ReviewScoreRepository scores;
    private final CallService calls;
    private final Outbox outbox;
    private final Clock clock;

    ScoreSheetRecorder(ReviewRepository reviews, ReviewScoreRepository scores, CallService calls, Outbox outbox,
                       Clock clock) {
        this.reviews = reviews;
        this.scores = scores;
        this.calls = calls;
        this.outbox = outbox;
        this.clock = clock;
    }

    Review record(GrantApplication application, String reviewerId, ScoreSheet sheet, ReviewPurpose purpose) {
        if (reviews.findByApplicationIdAndReviewerIdAndPurpose(application.id(), reviewerId, purpose).isPresent()) {
            throw new ConflictException("fund.review.alreadySubmitted");
        }
        List<CallCriterion> callCriteria = calls.criteriaOf(application.callId());
        Map<String, Integer> byCode = validScores(callCriteria, sheet);
        Instant now = clock.instant();
        Review review = reviews.save(new Review(UUID.randomUUID(), application.callId(), application.id(),
                reviewerId, purpose, sheet.confidence(), Scoring.weightedHundredths(callCriteria, byCode), now));
        for (ScoreSheet.Entry entry : sheet.scores()) {
            scores.save(new ReviewScore(UUID.randomUUID(), review.id(), entry.criterionCode(), entry.score(),
                    entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip()));
        }
        if (purpose == ReviewPurpose.SELECTION) {
            outbox.append(new ReviewSubmitted(application.id().toString(), application.callId().toString(),
                    reviewerId, review.weightedScoreHundredths(), now));
        }
        return review;
    }

    private static Map<String, Integer> validScores(List<CallCriterion> callCriteria, ScoreSheet sheet) {
        List<FieldErrorKey> errors = new ArrayList<>();
        Map<String, Integer> byCode = new HashMap<>();
        Set<String> known = new HashSet<>();
        callCriteria.forEach(c -> known.add(c.code()));
        for (int i = 0; i < sheet.scores().size(); i++) {
            ScoreSheet.Entry entry = sheet.scores().get(i);
            if (!known.contains(entry.criterionCode())) {
                errors.add(new FieldErrorKey("scores[" + i + "].criterionCode", "fund.review.unknownCriterion",
                        entry.criterionCode()));
            } else if (byCode.put(entry.criterionCode(), entry.score()) != null) {
                errors.add(new FieldErrorKey("scores[" + i + "].criterionCode", "fund.review.duplicateCriterion",
                        entry.criterionCode()));
            }
            if (entry.score() < Scoring.MIN_SCORE || entry.score() > Scoring.MAX_SCORE) {
                errors.add(new FieldErrorKey("scores[" + i + "].score", "fund.review.scoreRange",
                        Scoring.MIN_SCORE, Scoring.MAX_SCORE));
            }
        }
        for (CallCriterion criterion : callCriteria) {
            if (!byCode.containsKey(criterion.code())) {
                errors.add(new FieldErrorKey("scores", "fund.review.missingCriterion", criterion.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byCode;
    }
}
