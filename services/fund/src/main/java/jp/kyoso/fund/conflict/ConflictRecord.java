package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the conflict-of-interest register: a member's declaration (conflict or none) or an automatic recusal.
 * The latest line per member and application is in force, but a conflict once found is never undone.
 */
@MappedEntity("conflict_record")
public record ConflictRecord(@Id UUID id, UUID callId, UUID applicationId, String reviewerId, boolean conflicted,
                             boolean automatic, @Nullable String reason, String recordedBy, Instant recordedAt) {
}
