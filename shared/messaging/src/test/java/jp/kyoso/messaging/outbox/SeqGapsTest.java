package jp.kyoso.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeqGapsTest {

    private final SeqGaps gaps = new SeqGaps();

    @Test
    void rowsWithoutAGapAreAllPassable() {
        SeqGaps.Passable passable = gaps.passable(10, rows(11, 12, 13), 100);

        assertEquals(List.of(11L, 12L, 13L), seqs(passable));
        assertEquals(13, passable.through());
        assertNull(passable.gapToMark());
    }

    @Test
    void nothingReadLeavesThePositionWhereItWas() {
        SeqGaps.Passable passable = gaps.passable(10, List.of(), 0);

        assertEquals(List.of(), seqs(passable));
        assertEquals(10, passable.through());
    }

    @Test
    void aGapSeenForTheFirstTimeStopsTheRowsAndAsksForItsMark() {
        SeqGaps.Passable passable = gaps.passable(10, rows(11, 12, 15, 16), 100);

        assertEquals(List.of(11L, 12L), seqs(passable));
        assertEquals(12, passable.through());
        assertEquals(13L, passable.gapToMark());
    }

    @Test
    void aMarkedGapIsHeldWhileATransactionAsOldAsItsMarkMayStillRun() {
        gaps.mark(13, 200);

        SeqGaps.Passable passable = gaps.passable(12, rows(15, 16), 200);

        assertEquals(List.of(), seqs(passable));
        assertEquals(12, passable.through());
        assertNull(passable.gapToMark(), "marked once is enough");
    }

    @Test
    void aMarkedGapIsPassedOnceEveryTransactionAsOldAsItsMarkHasEnded() {
        gaps.mark(13, 200);

        SeqGaps.Passable passable = gaps.passable(12, rows(15, 16), 201);

        assertEquals(List.of(15L, 16L), seqs(passable));
        assertEquals(16, passable.through());
    }

    @Test
    void aGapPartlyFilledByALateCommitNeedsANewMarkForWhatIsStillMissing() {
        gaps.mark(13, 200);

        SeqGaps.Passable passable = gaps.passable(12, rows(13, 15), 150);

        assertEquals(List.of(13L), seqs(passable));
        assertEquals(14L, passable.gapToMark());
    }

    @Test
    void aGapFilledByALateCommitForgetsItsMark() {
        gaps.mark(13, 200);
        gaps.passable(12, rows(13, 14), 150);

        // Its mark is gone: were the seq found missing again, a new mark would be asked for.
        SeqGaps.Passable passable = gaps.passable(12, rows(14), 1_000);

        assertEquals(13L, passable.gapToMark());
    }

    private static List<Long> seqs(SeqGaps.Passable passable) {
        return passable.rows().stream().map(OutboxRow::seq).toList();
    }

    private static List<OutboxRow> rows(long... seqs) {
        return Arrays.stream(seqs).mapToObj(seq -> new OutboxRow(seq, new byte[0], "t.a.events", "a", new byte[0],
                new byte[0], Instant.EPOCH, null, new byte[0])).toList();
    }
}
