package jp.kyoso.fund.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.fund.call.CallCriterion;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final UUID CALL = UUID.randomUUID();
    private static final List<CallCriterion> CRITERIA = List.of(
            criterion("impact", 3, true), criterion("feasibility", 2, true), criterion("novelty", 5, false));

    @Test
    void weightedScoreCountsOnlyCriteriaInTheTotalInHundredthsRoundedHalfUp() {
        // (3×4 + 2×3) / 5 = 3.6; novelty is shown but not summed.
        assertEquals(360, Scoring.weightedHundredths(CRITERIA, Map.of("impact", 4, "feasibility", 3, "novelty", 1)));
        // (3×5 + 2×4) / 5 = 4.6
        assertEquals(460, Scoring.weightedHundredths(CRITERIA, Map.of("impact", 5, "feasibility", 4, "novelty", 5)));
        // weights 1 and 2: (1×4 + 2×5) / 3 = 4.666… → 4.67
        assertEquals(467, Scoring.weightedHundredths(List.of(criterion("a", 1, true), criterion("b", 2, true)),
                Map.of("a", 4, "b", 5)));
    }

    @Test
    void aMissingOrOutOfRangeScoreIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Scoring.weightedHundredths(CRITERIA, Map.of("impact", 4)));
        assertThrows(IllegalArgumentException.class,
                () -> Scoring.weightedHundredths(CRITERIA, Map.of("impact", 6, "feasibility", 3)));
        assertThrows(IllegalArgumentException.class,
                () -> Scoring.weightedHundredths(CRITERIA, Map.of("impact", 0, "feasibility", 3)));
    }

    @Test
    void aggregateGivesMeanSpreadBonusAndFlagsAnOutlier() {
        Scoring.Aggregate calm = Scoring.aggregate(List.of(360L, 400L, 380L), 50);
        assertEquals(380, calm.meanHundredths());
        assertEquals(40, calm.spreadHundredths());
        assertEquals(430, calm.totalHundredths());
        assertFalse(calm.outlier());

        Scoring.Aggregate split = Scoring.aggregate(List.of(450L, 440L, 200L), 0);
        assertEquals(363, split.meanHundredths());
        assertEquals(250, split.spreadHundredths());
        assertTrue(split.outlier());

        assertEquals(0, Scoring.aggregate(List.of(), 0).reviews());
    }

    private static CallCriterion criterion(String code, int weight, boolean inTotal) {
        return new CallCriterion(UUID.randomUUID(), CALL, 0, code, code, weight, inTotal);
    }
}
