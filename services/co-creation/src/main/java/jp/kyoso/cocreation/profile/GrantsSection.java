package jp.kyoso.cocreation.profile;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The profile's {@code grants} section: grants the well-being & SDGs fund awarded, newest first. */
@Singleton
public class GrantsSection implements ProfileExtension {

    private static final int PREVIEW = 3;

    private final AchievementRepository achievements;

    public GrantsSection(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    @Override
    public String key() {
        return "grants";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> sectionFor(UUID organisationId) {
        Page<Achievement> grants = achievements.findByOrganisationIdAndKind(organisationId,
                AchievementKind.GRANT_AWARDED, Pageable.from(0, PREVIEW, Sort.of(Sort.Order.desc("occurredAt"))));
        if (grants.getTotalSize() == 0) {
            return Optional.empty();
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("total", grants.getTotalSize());
        section.put("latest", grants.getContent().stream()
                .map(grant -> Map.of("applicationId", grant.referenceId().toString(), "title", grant.title(),
                        "awardedAt", grant.occurredAt().toString()))
                .toList());
        return Optional.of(section);
    }
}
