package jp.kyoso.citylab.proposal;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A proposal form; the cost estimate is whole yen. */
@Serdeable
public record ProposalRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 4000) String approach,
        @NotBlank @Size(max = 2000) String team,
        @NotEmpty @Size(max = 20) List<String> sdgTargets,
        @NotBlank @Size(max = 2000) String expectedOutcome,
        @NotNull @PositiveOrZero Long costEstimateYen,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo) {

    ProposalContent toContent() {
        return new ProposalContent(title, summary, approach, team, sdgTargets, expectedOutcome, costEstimateYen,
                periodFrom, periodTo);
    }
}
