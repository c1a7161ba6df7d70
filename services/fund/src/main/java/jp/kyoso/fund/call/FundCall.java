package jp.kyoso.fund.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.shared.TransitionException;

/**
 * A call for applications with its requirements. The secretariat sets it up on the committee's decision; once open
 * its rules no longer change, so every applicant is judged by the same ones.
 */
@MappedEntity("fund_call")
public record FundCall(
        @Id UUID id,
        String title,
        String purpose,
        String allowedOrganisationTypes,
        boolean requireActiveDeclaration,
        long budgetCapYen,
        long maxGrantYen,
        int subsidyNumerator,
        int subsidyDenominator,
        int declarationBonusHundredths,
        int minReviewers,
        int reviewerLoadCap,
        boolean blindReview,
        Instant opensAt,
        Instant closesAt,
        CallStatus status,
        long awardedYen,
        String createdBy,
        Instant createdAt,
        @Nullable @Version Long version) {

    public SubsidyRate subsidyRate() {
        return new SubsidyRate(subsidyNumerator, subsidyDenominator);
    }

    /** Empty when every organisation type may apply. */
    public List<String> allowedTypes() {
        return allowedOrganisationTypes.isBlank() ? List.of() : Arrays.asList(allowedOrganisationTypes.split(","));
    }

    public long remainingBudgetYen() {
        return budgetCapYen - awardedYen;
    }

    /** Whether an application can be submitted at {@code now}: open, and inside the period. */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public FundCall open() {
        return moved(CallStatus.DRAFT, CallStatus.OPEN, "open");
    }

    public FundCall close() {
        return moved(CallStatus.OPEN, CallStatus.CLOSED, "close");
    }

    public FundCall decided() {
        return moved(CallStatus.CLOSED, CallStatus.DECIDED, "decide");
    }

    private FundCall moved(CallStatus from, CallStatus to, String attempted) {
        if (status != from) {
            throw new TransitionException(status.name(), attempted);
        }
        return new FundCall(id, title, purpose, allowedOrganisationTypes, requireActiveDeclaration, budgetCapYen,
                maxGrantYen, subsidyNumerator, subsidyDenominator, declarationBonusHundredths, minReviewers,
                reviewerLoadCap, blindReview, opensAt, closesAt, to, awardedYen, createdBy, createdAt, version);
    }
}
