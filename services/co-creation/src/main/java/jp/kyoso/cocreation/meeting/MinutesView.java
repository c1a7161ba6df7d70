package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** One revision of the minutes. */
@Serdeable
public record MinutesView(UUID meetingId, int revision, String body, MinutesStatus status, Instant draftedAt,
                          @Nullable Instant approvedAt) {

    static MinutesView of(MeetingMinutes minutes) {
        return new MinutesView(minutes.meetingId(), minutes.revision(), minutes.body(), minutes.status(),
                minutes.draftedAt(), minutes.approvedAt());
    }
}
