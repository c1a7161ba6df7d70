package jp.kyoso.declarations.declaration;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One commitment: an SDG target such as {@code 7.2}, the concrete action and how progress will be measured. The
 * target was sent as {@code target} before the API style guide; that name is accepted until the next release.
 */
@Serdeable
public record CommitmentRequest(
        @JsonAlias("target") @NotBlank @Size(max = 10) String sdgTarget,
        @NotBlank @Size(max = 2000) String action,
        @NotBlank @Size(max = 500) String indicator,
        @NotBlank @Size(max = 200) String baseline,
        @NotBlank @Size(max = 200) String targetValue,
        @NotNull @Min(2024) @Max(2050) Integer targetYear) {

    CommitmentInput toInput() {
        return new CommitmentInput(sdgTarget, action, indicator, baseline, targetValue, targetYear);
    }
}
