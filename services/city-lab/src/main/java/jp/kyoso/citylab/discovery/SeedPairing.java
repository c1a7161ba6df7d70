package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A published challenge and one of the member's seeds, with the trigram similarity (0–1) of their texts. */
@Introspected
public record SeedPairing(UUID challengeId, String challengeTitle, @Nullable UUID departmentId,
                          @Nullable Instant deadline, String challengeTargets, UUID seedId, String seedTitle,
                          String seedTargets, double textSimilarity) {
}
