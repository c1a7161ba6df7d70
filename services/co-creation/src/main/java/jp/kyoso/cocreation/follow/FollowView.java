package jp.kyoso.cocreation.follow;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** Something the caller follows. */
@Serdeable
public record FollowView(FollowSubject subjectType, UUID subjectId, Instant followedAt) {

    static FollowView of(Follow follow) {
        return new FollowView(follow.subjectType(), follow.subjectId(), follow.followedAt());
    }
}
