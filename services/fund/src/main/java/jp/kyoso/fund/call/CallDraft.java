package jp.kyoso.fund.call;

import java.time.Instant;
import java.util.List;

/** A call as the secretariat sets it up on the committee's decision. */
public record CallDraft(String title, String purpose, List<String> allowedOrganisationTypes,
                        boolean requireActiveDeclaration, long budgetCapYen, long maxGrantYen, int subsidyNumerator,
                        int subsidyDenominator, int declarationBonusHundredths, int minReviewers,
                        int reviewerLoadCap, boolean blindReview, Instant opensAt, Instant closesAt,
                        List<Criterion> criteria) {

    /** A scoring criterion: weight 1–10; {@code inTotal} false for one shown to the committee but not summed. */
    public record Criterion(String code, String name, int weight, boolean inTotal) {
    }
}
