package jp.kyoso.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.fund.domain.Contribution;

/** A contribution with how much of it has arrived. */
@Serdeable
public record ContributionView(UUID id, ContributorKind contributorKind, String contributorKindLabel,
                               @Nullable UUID contributorOrganisationId, String contributorName, long pledgedYen,
                               long receivedYen, long outstandingYen, Instant pledgedAt) {

    static ContributionView of(Contribution c, boolean english) {
        return new ContributionView(c.id(), c.contributorKind(),
                english ? c.contributorKind().english() : c.contributorKind().japanese(),
                c.contributorOrganisationId(), c.contributorName(), c.pledgedYen(), c.receivedYen(),
                c.outstandingYen(), c.pledgedAt());
    }
}
