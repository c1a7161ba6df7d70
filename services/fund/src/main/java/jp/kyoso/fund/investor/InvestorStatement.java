package jp.kyoso.fund.investor;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an investor sees of the fund in a fiscal year: its own pledges and receipts (in the year and every pledge with
 * what is still outstanding), and the fund's totals (all contributors together, grants awarded and paid). Other
 * contributors are never named.
 */
@Serdeable
public record InvestorStatement(int fiscalYear, UUID organisationId, String contributorName, long pledgedInYearYen,
                                long receivedInYearYen, long outstandingYen, List<Pledge> pledges,
                                long fundReceivedInYearYen, long fundAwardedInYearYen, long fundPaidInYearYen,
                                long fundAvailableYen) {

    /** One of the investor's pledges with how much of it has arrived. */
    @Serdeable
    public record Pledge(UUID id, long pledgedYen, long receivedYen, long outstandingYen, Instant pledgedAt) {
    }
}
