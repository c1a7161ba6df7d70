package jp.kyoso.cocreation.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One day's digest of followed working groups and meetings, with each entry's text in the reader's language. */
@Serdeable
public record DigestView(UUID id, LocalDate digestOn, int entryCount, Instant createdAt, List<Entry> entries) {

    /** One thing that happened. */
    @Serdeable
    public record Entry(ActivityKind kind, @Nullable UUID workingGroupId, @Nullable UUID meetingId, String text,
                        Instant occurredAt) {
    }
}
