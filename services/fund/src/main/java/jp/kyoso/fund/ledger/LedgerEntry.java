package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.fund.ContributorKind;

/** One money movement; append-only, so statements can always be recomputed. */
@MappedEntity("ledger_entry")
public record LedgerEntry(
        @Id UUID id,
        LedgerEntryType entryType,
        long amountYen,
        @Nullable UUID contributionId,
        @Nullable ContributorKind contributorKind,
        @Nullable UUID contributorOrganisationId,
        @Nullable String contributorName,
        @Nullable UUID applicationId,
        int fiscalYear,
        Instant occurredAt,
        String recordedBy) {

    public static LedgerEntry ofContribution(LedgerEntryType type, long amount, Contribution contribution, Instant at,
                                             String by) {
        return new LedgerEntry(UUID.randomUUID(), type, amount, contribution.id(), contribution.contributorKind(),
                contribution.contributorOrganisationId(), contribution.contributorName(), null,
                FiscalYear.of(at).year(), at, by);
    }

    public static LedgerEntry ofGrant(LedgerEntryType type, long amount, UUID applicationId, Instant at, String by) {
        return new LedgerEntry(UUID.randomUUID(), type, amount, null, null, null, null, applicationId,
                FiscalYear.of(at).year(), at, by);
    }
}
