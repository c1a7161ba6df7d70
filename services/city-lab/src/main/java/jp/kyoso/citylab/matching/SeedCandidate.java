package jp.kyoso.citylab.matching;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A seed of an approved organisation with its trigram similarity (0–1) to the challenge being matched. */
@Introspected
public record SeedCandidate(UUID seedId, UUID organisationId, String organisationName, String title,
                            String sdgTargets, double textSimilarity) {
}
