package jp.kyoso.fund.web;

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
import jp.kyoso.fund.application.ScoreSheet;

/** Scores 1–5 for every criterion of the call, with comments, and the reviewer's confidence 1–5. */
@Serdeable
public record ScoreSheetRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull ScoreRequest> scores,
                                @NotNull @Min(1) @Max(5) Integer confidence) {

    /** The score on one criterion; the range is checked by the service so the field names the criterion. */
    @Serdeable
    public record ScoreRequest(@NotBlank @Size(max = 40) String criterion, @NotNull Integer score,
                               @Nullable @Size(max = 4000) String comment) {
    }

    ScoreSheet toCommand() {
        return new ScoreSheet(scores.stream().map(s -> new ScoreSheet.Entry(s.criterion(), s.score(), s.comment()))
                .toList(), confidence);
    }
}
