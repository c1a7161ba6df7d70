package jp.kyoso.messaging.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Where a replay of the consumer's topics stands: {@code IDLE} (none asked for), {@code REQUESTED},
 * {@code REPLAYING} or {@code DONE}, and how many events were handled again.
 */
@Serdeable
public record ReplayStatus(State state, @Nullable Instant requestedAt, @Nullable Instant finishedAt,
                           long replayedEvents) {

    public static final ReplayStatus IDLE = new ReplayStatus(State.IDLE, null, null, 0);

    /** The steps of a replay. */
    public enum State { IDLE, REQUESTED, REPLAYING, DONE }
}
