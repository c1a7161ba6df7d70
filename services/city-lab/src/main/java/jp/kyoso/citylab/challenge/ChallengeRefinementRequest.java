package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.Texts;

/** The secretariat's refinement (掘り下げ): the whole text as it should now read, the solution direction, a note. */
@Serdeable
public record ChallengeRefinementRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String background,
        @NotBlank @Size(max = 2000) String desiredOutcome,
        @Nullable @Size(max = 500) String targetKpi,
        @Nullable @Size(max = 2000) String constraints,
        @NotBlank @Size(max = 2000) String solutionDirection,
        @Nullable UUID departmentId,
        @NotEmpty @Size(max = 20) List<String> sdgTargets,
        @Nullable @PositiveOrZero Long budgetYen,
        @Nullable @Size(max = 500) String testFieldOffered,
        @Nullable LocalDate proposalDeadline,
        @Nullable @Size(max = 1000) String note) {

    RefineChallenge toCommand() {
        return new RefineChallenge(new ChallengeText(title.strip(), background.strip(), desiredOutcome.strip(),
                Texts.blankToNull(targetKpi), Texts.blankToNull(constraints), solutionDirection.strip()),
                departmentId, sdgTargets, budgetYen, Texts.blankToNull(testFieldOffered), proposalDeadline,
                Texts.blankToNull(note));
    }
}
