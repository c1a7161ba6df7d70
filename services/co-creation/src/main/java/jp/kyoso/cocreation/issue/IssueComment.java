package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A member's comment on an issue. */
@MappedEntity("issue_comment")
public record IssueComment(@Id UUID id, UUID issueId, String authorId, String authorName,
                           @Nullable UUID organisationId, String body, Instant createdAt) {
}
