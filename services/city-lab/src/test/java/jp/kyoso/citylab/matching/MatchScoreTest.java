package jp.kyoso.citylab.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchScoreTest {

    private static final List<String> CHALLENGE = List.of("11.3", "8.3");

    @Test
    void theScoreKeepsItsPartsSoTheReasonCanBeShown() {
        MatchScore score = MatchScore.of(CHALLENGE, List.of("8.3", "8.5", "3.8"), 0.25);

        assertEquals(List.of("8.3"), score.sharedTargets());
        assertEquals(List.of(8), score.sharedGoals());
        assertEquals(25, score.textSimilarityPercent());
        // one shared target ×3 + one shared goal ×1 + 0.25 × 10
        assertEquals(6.5, score.score());
    }

    @Test
    void aSharedTargetOutranksTheSameGoalAndTextBreaksTies() {
        MatchScore sameTarget = MatchScore.of(CHALLENGE, List.of("11.3"), 0.0);
        MatchScore sameGoalOnly = MatchScore.of(CHALLENGE, List.of("11.7"), 0.1);
        MatchScore sameTargetMoreText = MatchScore.of(CHALLENGE, List.of("11.3"), 0.3);
        MatchScore unrelated = MatchScore.of(CHALLENGE, List.of("14.1"), 0.0);

        List<MatchScore> ranked = new ArrayList<>(List.of(unrelated, sameGoalOnly, sameTarget, sameTargetMoreText));
        ranked.sort(MatchScore.BEST_FIRST);

        assertEquals(List.of(sameTargetMoreText, sameTarget, sameGoalOnly, unrelated), ranked);
        assertFalse(unrelated.isRelevant());
    }
}
