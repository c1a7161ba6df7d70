package jp.kyoso.citylab.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How well a seed fits a challenge, and why. A shared SDG target weighs most (the same concrete aim), a shared goal
 * less (the same field, a different aim), text similarity (0–1, trigram on Japanese) adds up to as much as three
 * shared targets; so the score orders candidates and the parts explain the order.
 */
public record MatchScore(List<String> sharedTargets, List<Integer> sharedGoals, double textSimilarity,
                         double score) {

    static final int TARGET_WEIGHT = 3;
    static final int GOAL_WEIGHT = 1;
    static final int TEXT_WEIGHT = 10;

    /** Best first; equal scores by more shared targets. */
    public static final Comparator<MatchScore> BEST_FIRST = Comparator.comparingDouble(MatchScore::score).reversed()
            .thenComparing(match -> -match.sharedTargets().size());

    public static MatchScore of(List<String> challengeTargets, List<String> seedTargets, double textSimilarity) {
        List<String> targets = new ArrayList<>(challengeTargets);
        targets.retainAll(new LinkedHashSet<>(seedTargets));
        List<Integer> goals = new ArrayList<>(goalsOf(challengeTargets));
        goals.retainAll(goalsOf(seedTargets));
        double similarity = Math.max(0, Math.min(1, textSimilarity));
        double score = targets.size() * TARGET_WEIGHT + goals.size() * GOAL_WEIGHT + similarity * TEXT_WEIGHT;
        return new MatchScore(List.copyOf(targets), List.copyOf(goals), similarity, Math.round(score * 10) / 10.0);
    }

    public boolean isRelevant() {
        return score > 0;
    }

    public int textSimilarityPercent() {
        return (int) Math.round(textSimilarity * 100);
    }

    private static Set<Integer> goalsOf(List<String> targets) {
        Set<Integer> goals = new LinkedHashSet<>();
        for (String target : targets) {
            int dot = target.indexOf('.');
            if (dot > 0) {
                goals.add(Integer.parseInt(target.substring(0, dot)));
            }
        }
        return goals;
    }
}
