package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.kyoso.citylab.shared.Texts;

/** A department's entry in the test-field catalogue: facility type, area, data it can share, resident monitors. */
@Serdeable
public record TestFieldRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String facilityType,
        @NotBlank @Size(max = 200) String area,
        @NotBlank @Size(max = 2000) String description,
        @Nullable @Size(max = 1000) String dataAvailable,
        // Boxed and required: a primitive would read a missing or null flag as false and store it.
        @NotNull Boolean residentMonitors) {

    TestField toField() {
        return new TestField(UUID.randomUUID(), UUID.randomUUID(), name.strip(), facilityType.strip(), area.strip(),
                description.strip(), Texts.blankToNull(dataAvailable), residentMonitors, null, null);
    }
}
