package jp.kyoso.declarations.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A progress report: the fiscal year it covers and, per commitment, the value reached and a comment. */
@Serdeable
public record ReportRequest(
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @NotNull @Size(min = 1, max = 30) List<@Valid Line> lines) {

    /** One commitment's line. */
    @Serdeable
    public record Line(@NotNull UUID commitmentId, @NotBlank @Size(max = 200) String valueReached,
                       @Nullable @Size(max = 2000) String comment) {
    }
}
