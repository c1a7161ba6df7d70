package jp.kyoso.fund.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.kyoso.fund.call.CallCriterion;

/**
 * The criteria engine, in exact integer arithmetic: scores are 1–5, a review's weighted score and every aggregate are
 * hundredths of a point (375 = 3.75), rounded half up.
 */
public final class Scoring {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    /** A review this far (1.5 points) or further from the mean is flagged for the committee's attention. */
    public static final long OUTLIER_DISTANCE_HUNDREDTHS = 150;

    private Scoring() {
    }

    /** Σ(weight × score) / Σ weight over the criteria counted in the total. */
    public static long weightedHundredths(List<CallCriterion> criteria, Map<String, Integer> scores) {
        long weighted = 0;
        long weights = 0;
        for (CallCriterion criterion : criteria) {
            if (!criterion.inTotal()) {
                continue;
            }
            Integer score = scores.get(criterion.code());
            if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                throw new IllegalArgumentException("missing or out-of-range score for " + criterion.code());
            }
            weighted += (long) criterion.weight() * score;
            weights += criterion.weight();
        }
        if (weights == 0) {
            throw new IllegalArgumentException("no criterion counts in the total");
        }
        return divideRounded(weighted * 100, weights);
    }

    /** Mean, spread and outlier flag of the submitted reviews of one application, plus the declaration bonus. */
    public static Aggregate aggregate(Collection<Long> reviewScores, int bonusHundredths) {
        if (reviewScores.isEmpty()) {
            return new Aggregate(0, 0, 0, 0, bonusHundredths, false);
        }
        long sum = reviewScores.stream().mapToLong(Long::longValue).sum();
        long mean = divideRounded(sum, reviewScores.size());
        long max = reviewScores.stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = reviewScores.stream().mapToLong(Long::longValue).min().orElseThrow();
        boolean outlier = reviewScores.stream().anyMatch(s -> Math.abs(s - mean) >= OUTLIER_DISTANCE_HUNDREDTHS);
        return new Aggregate(reviewScores.size(), mean, max - min, mean + bonusHundredths, bonusHundredths, outlier);
    }

    static long divideRounded(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    /** What the ranking is made of; {@code totalHundredths} = mean + bonus. */
    public record Aggregate(int reviews, long meanHundredths, long spreadHundredths, long totalHundredths,
                            int bonusHundredths, boolean outlier) {
    }
}
