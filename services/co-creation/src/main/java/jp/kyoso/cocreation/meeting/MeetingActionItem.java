package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** Something a meeting decided should be followed up; it can be raised once as a local issue. */
@MappedEntity("meeting_action_item")
public record MeetingActionItem(
        @Id UUID id,
        UUID meetingId,
        String title,
        String body,
        ActionItemStatus status,
        String createdBy,
        Instant createdAt,
        @Nullable String raisedBy,
        @Nullable Instant raisedAt) {

    public static MeetingActionItem open(UUID meetingId, String title, String body, String by, Instant at) {
        return new MeetingActionItem(UUID.randomUUID(), meetingId, title, body, ActionItemStatus.OPEN, by, at, null,
                null);
    }

    public MeetingActionItem raise(String by, Instant at) {
        if (status != ActionItemStatus.OPEN) {
            throw new MeetingRuleException("actionItem.alreadyRaised");
        }
        return new MeetingActionItem(id, meetingId, title, body, ActionItemStatus.RAISED, createdBy, createdAt, by, at);
    }
}
