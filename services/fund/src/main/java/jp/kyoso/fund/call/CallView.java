package jp.kyoso.fund.call;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A call with its requirements and criteria, as applicants, the committee and the secretariat read it. */
@Serdeable
public record CallView(UUID id, String title, String purpose, CallStatus status, List<String> allowedOrganisationTypes,
                       boolean requireActiveDeclaration, long budgetYen, long maxGrantYen, int subsidyNumerator,
                       int subsidyDenominator, int declarationBonusHundredths, int minReviewers, int reviewerLoadCap,
                       boolean blindReview, Instant opensAt, Instant closesAt, long awardedYen,
                       long remainingBudgetYen, List<CriterionView> criteria) {

    /** A criterion of the call. */
    @Serdeable
    public record CriterionView(String code, String name, int weight, boolean inTotal) {
    }

    public static CallView of(FundCall call, List<CallCriterion> criteria) {
        return new CallView(call.id(), call.title(), call.purpose(), call.status(), call.allowedTypes(),
                call.requireActiveDeclaration(), call.budgetCapYen(), call.maxGrantYen(), call.subsidyNumerator(),
                call.subsidyDenominator(), call.declarationBonusHundredths(), call.minReviewers(),
                call.reviewerLoadCap(), call.blindReview(), call.opensAt(), call.closesAt(), call.awardedYen(),
                call.remainingBudgetYen(),
                criteria.stream().map(c -> new CriterionView(c.code(), c.name(), c.weight(), c.inTotal())).toList());
    }
}
