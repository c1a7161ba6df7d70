package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A seed as the public catalogue shows it, with the organisation's name and the contact it chose to publish. */
@Serdeable
public record SeedView(
        UUID id,
        UUID organisationId,
        @Nullable String organisationName,
        String title,
        String description,
        List<String> sdgTargets,
        List<String> keywords,
        @Nullable String contactName,
        @Nullable String contactEmail,
        SeedStatus status,
        Instant publishedAt,
        Instant updatedAt) {

    static SeedView of(Seed seed, @Nullable String organisationName) {
        return new SeedView(seed.id(), seed.organisationId(), organisationName, seed.title(), seed.description(),
                seed.sdgTargetList(), seed.keywordList(), seed.contactName(), seed.contactEmail(), seed.status(),
                seed.publishedAt(), seed.updatedAt());
    }
}
