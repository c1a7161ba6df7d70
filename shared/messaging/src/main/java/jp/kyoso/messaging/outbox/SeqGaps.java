package jp.kyoso.messaging.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far the relay may read past its position without passing an event that is still to commit. Every seq up to
 * the position is done with; a seq missing after it was either taken by a transaction still running (its row appears
 * at its commit, and must be sent before every later row) or by one that rolled back or never inserted (it never
 * appears). The two look alike, so a missing seq is passed only once its transaction has certainly ended: when first
 * seen missing it gets a <i>mark</i>, the transactions then writing to the outbox ({@link OutboxCursor}), and it is
 * passed once none of them is running any more, if it is still missing then. The transaction that took the seq was
 * writing to the outbox from before it took the seq until it ends, so it is among them unless it had already ended.
 */
final class SeqGaps {

    /** The first seq of each gap seen and not yet passed, and its mark. */
    private final Map<Long, Set<String>> marks = new HashMap<>();

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
     * @param running  which of the {@link #marked} transactions were still running before that snapshot was taken
     */
    Passable passable(long position, List<OutboxRow> rows, Set<String> running) {
        List<OutboxRow> passable = new ArrayList<>();
        long expected = position + 1;
        for (OutboxRow row : rows) {
            if (row.seq() != expected) {
                Set<String> mark = marks.get(expected);
                if (mark == null) {
                    return new Passable(passable, expected - 1, expected);
                }
                if (mark.stream().anyMatch(running::contains)) {
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

    /**
     * Records the mark of the gap starting at {@code firstMissing}.
     *
     * @param writers the transactions writing to the outbox once the gap was seen (virtual transaction ids)
     */
    void mark(long firstMissing, Set<String> writers) {
        marks.putIfAbsent(firstMissing, Set.copyOf(writers));
    }

    /** Every transaction a gap waits for, to ask which still run before the next read. */
    Set<String> marked() {
        if (marks.isEmpty()) {
            return Set.of(); // the common case, asked before every read
        }
        Set<String> marked = new HashSet<>();
        marks.values().forEach(marked::addAll);
        return marked;
    }
}
