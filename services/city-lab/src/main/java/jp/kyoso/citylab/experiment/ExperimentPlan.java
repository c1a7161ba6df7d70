package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a company writes when it proposes a field experiment: hypothesis, the field it needs, risks, personal data. */
public record ExperimentPlan(
        String title,
        String hypothesis,
        String facilityType,
        String area,
        @Nullable String dataNeeded,
        boolean residentMonitors,
        LocalDate periodFrom,
        LocalDate periodTo,
        String risksAndSafety,
        String personalDataHandling,
        List<String> sdgTargets,
        @Nullable UUID testFieldId) {
}
