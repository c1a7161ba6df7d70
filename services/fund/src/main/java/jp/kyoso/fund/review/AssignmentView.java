package jp.kyoso.fund.review;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A reviewer assigned to an application. */
@Serdeable
public record AssignmentView(UUID applicationId, UUID callId, String reviewerId, String assignedBy,
                             Instant assignedAt) {

    public static AssignmentView of(ReviewAssignment a) {
        return new AssignmentView(a.applicationId(), a.callId(), a.reviewerId(), a.assignedBy(), a.assignedAt());
    }
}
