package jp.kyoso.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import jp.kyoso.messaging.outbox.OutboxClaim.Waiting;
import org.junit.jupiter.api.Test;

class OutboxClaimTest {

    private static final List<Waiting> WINDOW = List.of(
            new Waiting(1, "a"), new Waiting(2, "b"), new Waiting(3, "a"), new Waiting(4, "c"),
            new Waiting(5, "b"), new Waiting(6, "d"), new Waiting(7, "c"));

    @Test
    void withNothingInFlightTheOldestRowsAreTaken() {
        assertEquals(List.of(1L, 2L, 3L), OutboxClaim.eligible(WINDOW, Set.of(), 3));
    }

    @Test
    void noRowOfAnAggregateInFlightIsTakenNotEvenItsLaterOnes() {
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L), OutboxClaim.eligible(WINDOW, Set.of("a"), 10));
        assertEquals(List.of(4L, 6L), OutboxClaim.eligible(WINDOW, Set.of("a", "b"), 2));
    }

    @Test
    void whenEveryWaitingAggregateIsInFlightNothingIsTaken() {
        assertEquals(List.of(), OutboxClaim.eligible(WINDOW, Set.of("a", "b", "c", "d"), 10));
    }
}
