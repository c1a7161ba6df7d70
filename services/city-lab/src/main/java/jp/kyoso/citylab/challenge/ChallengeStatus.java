package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Set;

/** A challenge's life: drafted by a department, refined by the secretariat, signed off, published, closed, archived. */
public enum ChallengeStatus {
    DRAFT,
    IN_REFINEMENT,
    AWAITING_SIGNOFF,
    PUBLISHED,
    CLOSED,
    ARCHIVED;

    /** The states anyone, signed in or not, may read. */
    public static final Set<ChallengeStatus> PUBLIC = Set.of(PUBLISHED, CLOSED, ARCHIVED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    /** Proposals are taken while published and strictly before the deadline. */
    public boolean acceptsProposals(@Nullable Instant deadline, Instant at) {
        return this == PUBLISHED && deadline != null && at.isBefore(deadline);
    }
}
