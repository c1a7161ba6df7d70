package jp.kyoso.fund.ledger;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The fund's statement of one fiscal year: per contributor, totals split city / private, grants. */
@Serdeable
public record Statement(int fiscalYear, List<ContributorLine> contributors, long cityPledgedYen, long cityReceivedYen,
                        long privatePledgedYen, long privateReceivedYen, long awardedYen, long paidYen) {

    /** One contributor's pledges and receipts in the year. */
    @Serdeable
    public record ContributorLine(@io.micronaut.core.annotation.Nullable String contributorOrganisationId, String contributorKind, String contributorName,
                                  long pledgedYen, long receivedYen) {
    }
}
