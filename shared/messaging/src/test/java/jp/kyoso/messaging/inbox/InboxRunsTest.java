package jp.kyoso.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a poll's new events are cut into the runs that reach their handlers' {@code handleAll} together. */
class InboxRunsTest {

    // Event types stand for the events; each type's handler list is one object, as in the consumer's map.
    private static final List<String> PROPOSALS = List.of("proposal handler");
    private static final List<String> CHALLENGES = List.of("challenge handler");
    private static final List<String> APPROVALS = List.of("kpi handler", "audit handler");
    private static final Map<String, List<String>> HANDLERS = Map.of("proposal", PROPOSALS, "challenge", CHALLENGES,
            "approval", APPROVALS);

    @Test
    void neighboursOfOneTypeGoTogetherAndTheOrderIsKept() {
        List<String> events = List.of("proposal", "proposal", "proposal", "challenge", "proposal", "proposal");

        assertEquals(List.of(List.of("proposal", "proposal", "proposal"), List.of("challenge"),
                List.of("proposal", "proposal")), BatchDelivery.runs(events, HANDLERS::get));
    }

    @Test
    void aTypeWithSeveralHandlersGoesTogetherToo() {
        List<String> events = List.of("approval", "approval", "proposal", "approval");

        assertEquals(List.of(List.of("approval", "approval"), List.of("proposal"), List.of("approval")),
                BatchDelivery.runs(events, HANDLERS::get));
    }

    @Test
    void noEventsNoRuns() {
        assertEquals(List.of(), BatchDelivery.runs(List.<String>of(), HANDLERS::get));
    }
}
