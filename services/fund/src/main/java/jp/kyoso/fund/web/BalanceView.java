package jp.kyoso.fund.web;

import io.micronaut.serde.annotation.Serdeable;
import jp.kyoso.fund.domain.FundAccount;

/** The fund's balance: available = received − awarded-but-unpaid − paid. */
@Serdeable
public record BalanceView(long pledgedYen, long receivedYen, long awardedYen, long paidYen, long awardedUnpaidYen,
                          long availableYen) {

    static BalanceView of(FundAccount account) {
        return new BalanceView(account.pledgedYen(), account.receivedYen(), account.awardedYen(), account.paidYen(),
                account.awardedUnpaidYen(), account.availableYen());
    }
}
