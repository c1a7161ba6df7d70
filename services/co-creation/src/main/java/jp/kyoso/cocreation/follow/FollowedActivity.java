package jp.kyoso.cocreation.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.meeting.Meeting;

/** Something that happened to a meeting (and so to its working group), for the followers' daily digest. */
@MappedEntity("followed_activity")
public record FollowedActivity(
        @Id UUID id,
        @Nullable UUID workingGroupId,
        @Nullable UUID meetingId,
        ActivityKind kind,
        String title,
        Instant occurredAt) {

    public static FollowedActivity of(Meeting meeting, ActivityKind kind, String title, Instant at) {
        return new FollowedActivity(UUID.randomUUID(), meeting.workingGroupId(), meeting.id(), kind, title, at);
    }
}
