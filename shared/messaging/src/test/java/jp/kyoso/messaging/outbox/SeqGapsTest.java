package jp.kyoso.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeqGapsTest {

    private final SeqGaps gaps = new SeqGaps();

    @Test
    void rowsWithoutAGapAreAllPassable() {
        SeqGaps.Passable passable = gaps.passable(10, rows(11, 12, 13), Set.of());

        assertEquals(List.of(11L, 12L, 13L), seqs(passable));
        assertEquals(13, passable.through());
        assertNull(passable.gapToMark());
    }

    @Test
    void nothingReadLeavesThePositionWhereItWas() {
        SeqGaps.Passable passable = gaps.passable(10, List.of(), Set.of());

        assertEquals(List.of(), seqs(passable));
        assertEquals(10, passable.through());
    }

    @Test
    void aGapSeenForTheFirstTimeStopsTheRowsAndAsksForItsMark() {
        SeqGaps.Passable passable = gaps.passable(10, rows(11, 12, 15, 16), Set.of());

        assertEquals(List.of(11L, 12L), seqs(passable));
        assertEquals(12, passable.through());
        assertEquals(13L, passable.gapToMark());
    }

    @Test
    void aMarkedGapIsHeldWhileATransactionOfItsMarkStillRuns() {
        gaps.mark(13, Set.of("3/17", "5/2"));

        SeqGaps.Passable passable = gaps.passable(12, rows(15, 16), Set.of("5/2"));

        assertEquals(List.of(), seqs(passable));
        assertEquals(12, passable.through());
        assertNull(passable.gapToMark(), "marked once is enough");
    }

    @Test
    void aMarkedGapIsPassedOnceEveryTransactionOfItsMarkHasEnded() {
        gaps.mark(13, Set.of("3/17", "5/2"));
        assertEquals(Set.of("3/17", "5/2"), gaps.marked());

        SeqGaps.Passable passable = gaps.passable(12, rows(15, 16), Set.of("4/9"));

        assertEquals(List.of(15L, 16L), seqs(passable));
        assertEquals(16, passable.through());
        assertEquals(Set.of(), gaps.marked(), "a passed gap waits for nobody");
    }

    @Test
    void aGapSeenWhenNobodyWroteToTheOutboxIsPassedAtTheNextLook() {
        gaps.mark(13, Set.of());

        assertEquals(List.of(15L), seqs(gaps.passable(12, rows(15), Set.of())));
    }

    @Test
    void aGapPartlyFilledByALateCommitNeedsANewMarkForWhatIsStillMissing() {
        gaps.mark(13, Set.of("3/17"));

        SeqGaps.Passable passable = gaps.passable(12, rows(13, 15), Set.of("3/17"));

        assertEquals(List.of(13L), seqs(passable));
        assertEquals(14L, passable.gapToMark());
    }

    @Test
    void aGapFilledByALateCommitForgetsItsMark() {
        gaps.mark(13, Set.of("3/17"));
        gaps.passable(12, rows(13, 14), Set.of("3/17"));

        // Its mark is gone: were the seq found missing again, a new mark would be asked for.
        SeqGaps.Passable passable = gaps.passable(12, rows(14), Set.of());

        assertEquals(13L, passable.gapToMark());
    }

    private static List<Long> seqs(SeqGaps.Passable passable) {
        return passable.rows().stream().map(OutboxRow::seq).toList();
    }

    private static List<OutboxRow> rows(long... seqs) {
        return Arrays.stream(seqs).mapToObj(seq -> new OutboxRow(seq, new byte[0], "t.a.events", "a", new byte[0],
                new byte[0], new byte[0], null, new byte[0])).toList();
    }
}
