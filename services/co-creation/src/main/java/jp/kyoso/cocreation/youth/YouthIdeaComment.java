package jp.kyoso.cocreation.youth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A mentor's (city staff's) comment on a student's idea. */
@MappedEntity("youth_idea_comment")
public record YouthIdeaComment(
        @Id UUID id,
        UUID ideaId,
        String mentorId,
        String mentorName,
        String body,
        Instant createdAt) {
}
