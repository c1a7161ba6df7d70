package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.citylab.shared.Texts;

/** A department's challenge form. The deadline is a day; proposals are taken until it ends in Tokyo. */
@Serdeable
public record ChallengeDraftRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String background,
        @NotBlank @Size(max = 2000) String desiredOutcome,
        @Nullable @Size(max = 500) String targetKpi,
        @Nullable @Size(max = 2000) String constraints,
        @NotEmpty @Size(max = 20) List<String> sdgTargets,
        @Nullable @PositiveOrZero Long budgetYen,
        @Nullable @Size(max = 500) String testFieldOffered,
        @NotNull LocalDate proposalDeadline) {

    DraftChallenge toCommand() {
        return new DraftChallenge(new ChallengeText(title.strip(), background.strip(), desiredOutcome.strip(),
                Texts.blankToNull(targetKpi), Texts.blankToNull(constraints), null), sdgTargets, budgetYen,
                Texts.blankToNull(testFieldOffered), proposalDeadline);
    }
}
