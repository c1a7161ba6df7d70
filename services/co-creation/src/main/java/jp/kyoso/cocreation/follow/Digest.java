package jp.kyoso.cocreation.follow;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person's digest of what happened to the things they follow on one day (Asia/Tokyo). */
@MappedEntity("digest")
public record Digest(@Id UUID id, String userId, LocalDate digestDate, int entryCount, Instant createdAt) {
}
