package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A declaration as recorded in the register. */
@Serdeable
public record ConflictView(UUID applicationId, boolean conflicted, boolean automatic, @Nullable String reason,
                           Instant recordedAt) {

    public static ConflictView of(ConflictRecord r) {
        return new ConflictView(r.applicationId(), r.conflicted(), r.automatic(), r.reason(), r.recordedAt());
    }
}
