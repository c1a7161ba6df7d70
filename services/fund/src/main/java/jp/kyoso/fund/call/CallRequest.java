package jp.kyoso.fund.call;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A call as the secretariat sets it up. Optional rules: allowed organisation types (empty = all), an active SDGs
 * declaration, a declaration bonus in hundredths of a point; the subsidy rate is a fraction (2/3 = 2 and 3).
 * {@code budgetYen} is the call's budget ({@code budgetCapYen} is its deprecated name, accepted for one release).
 */
@Serdeable
public record CallRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String purpose,
        @Nullable @Size(max = 8) List<@NotBlank String> allowedOrganisationTypes,
        @Nullable Boolean requireActiveDeclaration,
        @JsonAlias("budgetCapYen") @NotNull @Positive Long budgetYen,
        @NotNull @Positive Long maxGrantYen,
        @NotNull @Min(1) @Max(100) Integer subsidyNumerator,
        @NotNull @Min(1) @Max(100) Integer subsidyDenominator,
        @Nullable @Min(0) @Max(500) Integer declarationBonusHundredths,
        @Nullable @Min(1) @Max(10) Integer minReviewers,
        @Nullable @Min(1) @Max(200) Integer reviewerLoadCap,
        @Nullable Boolean blindReview,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria) {

    /** A scoring criterion: scored 1–5, weight 1–10. */
    @Serdeable
    public record CriterionRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
                                   @NotNull @Min(1) @Max(10) Integer weight, @Nullable Boolean inTotal) {
    }

    CallDraft toCommand() {
        return new CallDraft(title, purpose, allowedOrganisationTypes == null ? List.of() : allowedOrganisationTypes,
                Boolean.TRUE.equals(requireActiveDeclaration), budgetYen, maxGrantYen, subsidyNumerator,
                subsidyDenominator, declarationBonusHundredths == null ? 0 : declarationBonusHundredths,
                minReviewers == null ? 3 : minReviewers, reviewerLoadCap == null ? 10 : reviewerLoadCap,
                Boolean.TRUE.equals(blindReview), opensAt, closesAt,
                criteria.stream().map(c -> new CallDraft.Criterion(c.code(), c.name(), c.weight(),
                        c.inTotal() == null || c.inTotal())).toList());
    }
}
