package jp.kyoso.cocreation.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An adopted proposal or a collaboration project on an organisation's profile, with City Lab's ids for links. */
@Serdeable
public record AchievementView(AchievementKind kind, UUID referenceId, @Nullable UUID challengeId, String title,
                              Instant occurredAt) {

    static AchievementView of(Achievement achievement) {
        return new AchievementView(achievement.kind(), achievement.referenceId(), achievement.challengeId(),
                achievement.title(), achievement.occurredAt());
    }
}
