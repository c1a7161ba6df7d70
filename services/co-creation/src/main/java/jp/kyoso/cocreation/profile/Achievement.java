package jp.kyoso.cocreation.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One thing an organisation achieved elsewhere on the platform, as learnt from an event. */
@MappedEntity("organisation_achievement")
public record Achievement(@Id UUID id, UUID organisationId, AchievementKind kind, UUID referenceId,
                          @Nullable UUID challengeId, String title, Instant occurredAt) {
}
