package jp.kyoso.fund.review;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A committee member assigned to review one application. */
@MappedEntity("review_assignment")
public record ReviewAssignment(@Id UUID id, UUID callId, UUID applicationId, String reviewerId, String assignedBy,
                               Instant assignedAt) {
}
