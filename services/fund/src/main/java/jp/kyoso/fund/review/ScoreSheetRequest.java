package jp.kyoso.fund.review;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Scores 1–5 for every criterion of the call, with comments, and the reviewer's confidence 1–5. */
@Serdeable
public record ScoreSheetRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull ScoreRequest> scores,
                                @NotNull @Min(1) @Max(5) Integer confidence) {

    /**
     * The score on one criterion, named by its code; the range is checked by the service so the field names the
     * criterion. {@code criterion} is the deprecated name of {@code criterionCode}, accepted for one release.
     */
    @Serdeable
    public record ScoreRequest(@JsonAlias("criterion") @NotBlank @Size(max = 40) String criterionCode,
                               @NotNull Integer score,
                               @Nullable @Size(max = 4000) String comment) {
    }

    ScoreSheet toCommand() {
        return new ScoreSheet(scores.stream().map(s -> new ScoreSheet.Entry(s.criterionCode(), s.score(), s.comment()))
                .toList(), confidence);
    }
}
