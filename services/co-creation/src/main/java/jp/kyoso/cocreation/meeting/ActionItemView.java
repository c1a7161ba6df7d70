package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An action item of a meeting. */
@Serdeable
public record ActionItemView(UUID id, UUID meetingId, String title, String body, ActionItemStatus status,
                             Instant createdAt, @Nullable Instant raisedAt) {

    static ActionItemView of(MeetingActionItem item) {
        return new ActionItemView(item.id(), item.meetingId(), item.title(), item.body(), item.status(),
                item.createdAt(), item.raisedAt());
    }
}
