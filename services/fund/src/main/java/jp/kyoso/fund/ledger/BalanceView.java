package jp.kyoso.fund.ledger;

import io.micronaut.serde.annotation.Serdeable;

/** The fund's balance: available = received − awarded-but-unpaid − paid. */
@Serdeable
public record BalanceView(long pledgedYen, long receivedYen, long awardedYen, long paidYen, long awardedUnpaidYen,
                          long availableYen) {

    public static BalanceView of(FundAccount account) {
        return new BalanceView(account.pledgedYen(), account.receivedYen(), account.awardedYen(), account.paidYen(),
                account.awardedUnpaidYen(), account.availableYen());
    }
}
