package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;

/** A contributor's pledge as the secretariat records it. */
public record Pledge(ContributorKind contributorKind, @Nullable UUID contributorOrganisationId, String contributorName,
                     long amountYen) {
}
