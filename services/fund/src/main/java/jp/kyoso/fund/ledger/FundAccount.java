package jp.kyoso.fund.ledger;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The fund's running totals (one row). Received money is what can be awarded; available = received − awarded, which
 * equals received − awarded-but-unpaid − paid.
 */
@MappedEntity("fund_account")
public record FundAccount(@Id Integer id, long pledgedYen, long receivedYen, long awardedYen, long paidYen) {

    public long availableYen() {
        return receivedYen - awardedYen;
    }

    public long awardedUnpaidYen() {
        return awardedYen - paidYen;
    }
}
