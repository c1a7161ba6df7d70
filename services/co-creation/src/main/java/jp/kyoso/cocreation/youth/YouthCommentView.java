package jp.kyoso.cocreation.youth;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A mentor's comment, for the student, the mentors and the secretariat. */
@Serdeable
public record YouthCommentView(UUID id, UUID ideaId, String mentorName, String body, Instant createdAt) {

    static YouthCommentView of(YouthIdeaComment c) {
        return new YouthCommentView(c.id(), c.ideaId(), c.mentorName(), c.body(), c.createdAt());
    }
}
