package jp.kyoso.cocreation.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** Records what City Lab's events say organisations achieved; recording the same thing twice changes nothing. */
@Singleton
public class Achievements {

    private final AchievementRepository achievements;

    public Achievements(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    @Transactional
    public void record(UUID organisationId, AchievementKind kind, UUID referenceId, @Nullable UUID challengeId,
                       String title, Instant at) {
        if (!achievements.existsByOrganisationIdAndKindAndReferenceId(organisationId, kind, referenceId)) {
            achievements.save(new Achievement(UUID.randomUUID(), organisationId, kind, referenceId, challengeId, title,
                    at));
        }
    }
}
