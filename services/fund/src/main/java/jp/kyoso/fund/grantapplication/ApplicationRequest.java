package jp.kyoso.fund.grantapplication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The application form. {@code callId} is needed to start a draft and ignored on edits. The total cost must equal
 * the budget lines' sum; the requested amount is checked against the call's maximum and subsidy rate.
 * {@code continuesProjectId}: the City Lab collaboration project of the organisation this application continues.
 */
@Serdeable
public record ApplicationRequest(
        @Nullable UUID callId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String plan,
        @NotEmpty @Size(max = 30) List<@NotBlank String> sdgTargets,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull BudgetLineRequest> budget,
        @NotNull @Positive Long totalCostYen,
        @NotNull @Positive Long requestedYen,
        @NotBlank @Size(max = 10000) String expectedOutcomes,
        @NotBlank @Size(max = 10000) String kpis,
        @Nullable UUID continuesProjectId) {

    /** One line of the budget breakdown. */
    @Serdeable
    public record BudgetLineRequest(@NotBlank @Size(max = 200) String item, @NotNull @Positive Long amountYen) {
    }

    ApplicationContent toContent() {
        return new ApplicationContent(title, plan, sdgTargets.stream().map(String::strip).toList(),
                budget.stream().map(b -> new ApplicationContent.BudgetItem(b.item(), b.amountYen())).toList(),
                totalCostYen, requestedYen, expectedOutcomes, kpis);
    }
}
