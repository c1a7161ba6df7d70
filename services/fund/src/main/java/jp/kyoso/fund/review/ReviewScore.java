package jp.kyoso.fund.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** The score (1–5) one review gives on one criterion, with the reviewer's comment. */
@MappedEntity("review_score")
public record ReviewScore(@Id UUID id, UUID reviewId, String criterionCode, int score, @Nullable String comment) {
}
