package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A comment as the board shows it. */
@Serdeable
public record CommentView(UUID id, UUID issueId, String authorName, @Nullable UUID organisationId, String body,
                          Instant createdAt) {

    static CommentView of(IssueComment comment) {
        return new CommentView(comment.id(), comment.issueId(), comment.authorName(), comment.organisationId(),
                comment.body(), comment.createdAt());
    }
}
