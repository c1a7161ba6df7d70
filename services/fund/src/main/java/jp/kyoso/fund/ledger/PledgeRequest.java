package jp.kyoso.fund.ledger;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;

/**
 * A contribution pledged by the city or an investor company (whose organisation id is then required);
 * {@code pledgedYen} as the contribution answers it ({@code amountYen} is its deprecated name, accepted for one release).
 */
@Serdeable
public record PledgeRequest(
        @NotNull ContributorKind contributorKind,
        @Nullable UUID contributorOrganisationId,
        @NotBlank @Size(max = 200) String contributorName,
        @JsonAlias("amountYen") @NotNull @Positive Long pledgedYen) {

    Pledge toCommand() {
        return new Pledge(contributorKind, contributorOrganisationId, contributorName, pledgedYen);
    }
}
