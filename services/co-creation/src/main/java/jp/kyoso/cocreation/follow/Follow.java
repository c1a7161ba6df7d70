package jp.kyoso.cocreation.follow;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A person follows a working group (and so all its meetings) or a single meeting. */
@MappedEntity("follow")
public record Follow(@Id UUID id, String userId, FollowSubject subjectType, UUID subjectId, Instant followedAt) {
}
