package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;

/** A contribution with how much of it has arrived. */
@Serdeable
public record ContributionView(UUID id, ContributorKind contributorKind, String contributorKindLabel,
                               @Nullable UUID contributorOrganisationId, String contributorName, long pledgedYen,
                               long receivedYen, long outstandingYen, Instant pledgedAt) {

    public static ContributionView of(Contribution c, boolean english) {
        return new ContributionView(c.id(), c.contributorKind(),
                english ? c.contributorKind().english() : c.contributorKind().japanese(),
                c.contributorOrganisationId(), c.contributorName(), c.pledgedYen(), c.receivedYen(),
                c.outstandingYen(), c.pledgedAt());
    }
}
