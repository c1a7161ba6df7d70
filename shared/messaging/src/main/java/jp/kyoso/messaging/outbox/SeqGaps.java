package jp.kyoso.messaging.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the relay may read past its position without passing an event that is still to commit. Every seq up to
 * the position is done with; a seq missing after it was either taken by a transaction still running (its row appears
 * at its commit, and must be sent before every later row) or by one that rolled back or never inserted (it never
 * appears). The two look alike, so a missing seq is passed only once its transaction has certainly ended: when first
 * seen missing it gets a <i>mark</i>, a transaction id taken after that sight ({@link OutboxCursor}), and it is passed
 * once the oldest transaction still running is younger than the mark, if it is still missing then. The transaction
 * that took the seq had its id before it took the seq ({@code outbox_next_seq}), hence before the mark.
 */
final class SeqGaps {

    /** The first seq of each gap seen and not yet passed, and its mark. */
    private final Map<Long, Long> marks = new HashMap<>();

    /**
     * @param rows        what may be sent now: the rows read, in seq order, up to the first gap that may not be passed
     * @param through     the position once they are sent (the last of them; the position itself when there is none)
     * @param gapToMark   the first seq of a gap seen for the first time, which needs its mark before it can be passed;
     *                    null when there is none
     */
    record Passable(List<OutboxRow> rows, long through, Long gapToMark) {
    }

    /**
     * @param position the seq after which {@code rows} were read
     * @param rows     rows after {@code position} in seq order, all read in one snapshot
     * @param xmin     the oldest transaction id still running in that snapshot ({@code pg_snapshot_xmin})
     */
    Passable passable(long position, List<OutboxRow> rows, long xmin) {
        List<OutboxRow> passable = new ArrayList<>();
        long expected = position + 1;
        for (OutboxRow row : rows) {
            if (row.seq() != expected) {
                Long mark = marks.get(expected);
                if (mark == null) {
                    return new Passable(passable, expected - 1, expected);
                }
                if (xmin <= mark) {
                    break; // the transaction that took the seq may still be running
                }
                marks.remove(expected); // it ended without committing the seq: passed for good
            }
            passable.add(row);
            expected = row.seq() + 1;
        }
        long through = expected - 1;
        marks.keySet().removeIf(seq -> seq <= through); // gaps filled by a late commit
        return new Passable(passable, through, null);
    }

    /** Records the mark of the gap starting at {@code firstMissing}: a transaction id taken after it was seen. */
    void mark(long firstMissing, long transactionId) {
        marks.putIfAbsent(firstMissing, transactionId);
    }
}
