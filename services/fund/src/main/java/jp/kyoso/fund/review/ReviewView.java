package jp.kyoso.fund.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A submitted review as committee members see it once they may. */
@Serdeable
public record ReviewView(String reviewerId, boolean mine, int confidence, long weightedScoreHundredths,
                         Instant submittedAt, List<ScoreView> scores) {

    /** The score on one criterion. */
    @Serdeable
    public record ScoreView(String criterionCode, int score, @Nullable String comment) {
    }

    /** The reviews visible to the caller, and whether the others' are (only once everyone assigned submitted). */
    @Serdeable
    public record Visible(boolean othersVisible, int submitted, List<ReviewView> reviews) {

        public static Visible of(ScoringService.VisibleReviews visible, String me) {
            return new Visible(visible.othersVisible(), visible.submitted(), visible.reviews().entrySet().stream()
                    .map(e -> ReviewView.of(e.getKey(), e.getValue(), me)).toList());
        }
    }

    public static ReviewView of(Review review, List<ReviewScore> scores, String me) {
        return new ReviewView(review.reviewerId(), review.reviewerId().equals(me), review.confidence(),
                review.weightedScoreHundredths(), review.submittedAt(),
                scores.stream().map(s -> new ScoreView(s.criterionCode(), s.score(), s.comment())).toList());
    }
}
