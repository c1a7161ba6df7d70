package jp.kyoso.fund.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import jp.kyoso.fund.grantapplication.ApplicationStatus;

/** One line of a call's decision pack, ranked by total score (mean + declaration bonus). */
@Serdeable
public record RankedApplication(int rank, UUID applicationId, String title, UUID organisationId,
                                String organisationName, ApplicationStatus status, long requestedYen,
                                long awardedYen, int reviews, int minReviewers, long meanScoreHundredths,
                                long spreadHundredths, int bonusHundredths, long totalScoreHundredths,
                                boolean outlier, boolean investorApplicant, @Nullable String decisionReason) {
}
