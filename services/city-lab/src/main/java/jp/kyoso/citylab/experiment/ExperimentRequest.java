package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.Texts;

/** A field-experiment proposal form; risks and personal-data handling are required, residents may be involved. */
@Serdeable
public record ExperimentRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String hypothesis,
        @NotBlank @Size(max = 100) String facilityType,
        @NotBlank @Size(max = 200) String area,
        @Nullable @Size(max = 1000) String dataNeeded,
        @NotNull Boolean residentMonitors, // boxed and required: a missing flag must not be read as false
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotBlank @Size(max = 4000) String risksAndSafety,
        @NotBlank @Size(max = 4000) String personalDataHandling,
        @NotEmpty @Size(max = 20) List<String> sdgTargets,
        @Nullable UUID testFieldId) {

    ExperimentPlan toPlan() {
        return new ExperimentPlan(title.strip(), hypothesis.strip(), facilityType.strip(), area.strip(),
                Texts.blankToNull(dataNeeded), residentMonitors, periodFrom, periodTo, risksAndSafety.strip(),
                personalDataHandling.strip(), sdgTargets, testFieldId);
    }
}
