package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;

/** One line of the fund's ledger. */
@Serdeable
public record LedgerEntryView(UUID id, LedgerEntryType entryType, long amountYen, @Nullable UUID contributionId,
                              @Nullable ContributorKind contributorKind, @Nullable String contributorName,
                              @Nullable UUID applicationId, int fiscalYear, Instant occurredAt) {

    public static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.id(), e.entryType(), e.amountYen(), e.contributionId(), e.contributorKind(),
                e.contributorName(), e.applicationId(), e.fiscalYear(), e.occurredAt());
    }
}
