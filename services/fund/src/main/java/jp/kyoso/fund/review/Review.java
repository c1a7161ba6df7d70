package jp.kyoso.fund.review;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One member's submitted scores for one application, with the weighted score in hundredths of a point. */
@MappedEntity("review")
public record Review(@Id UUID id, UUID callId, UUID applicationId, String reviewerId, ReviewPurpose purpose,
                     int confidence, long weightedScoreHundredths, Instant submittedAt) {
}
