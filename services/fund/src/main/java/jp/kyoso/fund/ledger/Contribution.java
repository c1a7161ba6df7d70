package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;

/** A pledge of money to the fund by the city or an investor company, and how much of it has arrived. */
@MappedEntity("contribution")
public record Contribution(
        @Id UUID id,
        ContributorKind contributorKind,
        @Nullable UUID contributorOrganisationId,
        String contributorName,
        long pledgedYen,
        long receivedYen,
        Instant pledgedAt,
        String recordedBy,
        @Nullable @Version Long version) {

    public long outstandingYen() {
        return pledgedYen - receivedYen;
    }

    /** The contribution after {@code amount} arrived; never more than was pledged. */
    public Contribution receive(long amount) {
        if (amount <= 0 || amount > outstandingYen()) {
            throw new IllegalArgumentException("receipt beyond the pledge");
        }
        return new Contribution(id, contributorKind, contributorOrganisationId, contributorName, pledgedYen,
                receivedYen + amount, pledgedAt, recordedBy, version);
    }
}
