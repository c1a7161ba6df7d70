package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A test field as the public catalogue shows it. */
@Serdeable
public record TestFieldView(UUID id, UUID departmentId, String name, String facilityType, String area,
                            String description, @Nullable String dataAvailable, boolean residentMonitors) {

    static TestFieldView of(TestField f) {
        return new TestFieldView(f.id(), f.departmentId(), f.name(), f.facilityType(), f.area(), f.description(),
                f.dataAvailable(), f.residentMonitors());
    }
}
