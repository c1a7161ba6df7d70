package jp.kyoso.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.fund.application.Pledge;

/** A contribution pledged by the city or an investor company (whose organisation id is then required). */
@Serdeable
public record PledgeRequest(
        @NotNull ContributorKind contributorKind,
        @Nullable UUID contributorOrganisationId,
        @NotBlank @Size(max = 200) String contributorName,
        @NotNull @Positive Long amountYen) {

    Pledge toCommand() {
        return new Pledge(contributorKind, contributorOrganisationId, contributorName, amountYen);
    }
}
