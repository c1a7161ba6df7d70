package jp.kyoso.citylab.seed;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A member's published solution or technology (シーズ), as co-creation announced it; matching reads these. */
@MappedEntity("seed")
public record Seed(@Id UUID id, UUID organisationId, String title, String description, String sdgTargets,
                   String keywords, Instant publishedAt) {
}
