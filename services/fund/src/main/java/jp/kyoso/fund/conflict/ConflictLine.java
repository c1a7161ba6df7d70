package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** One line of a call's conflict register, as the secretariat sees it (the register and the decision pack). */
@Serdeable
public record ConflictLine(UUID applicationId, String reviewerId, boolean conflicted, boolean automatic,
                           @Nullable String reason, Instant recordedAt) {

    public static ConflictLine of(ConflictRecord r) {
        return new ConflictLine(r.applicationId(), r.reviewerId(), r.conflicted(), r.automatic(), r.reason(),
                r.recordedAt());
    }
}
