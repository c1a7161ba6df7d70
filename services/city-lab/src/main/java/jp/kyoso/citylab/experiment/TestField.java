package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A place or asset a department can offer for field experiments (実証フィールド): the public catalogue's entries. */
@MappedEntity("test_field")
public record TestField(
        @Id UUID id,
        UUID departmentId,
        String name,
        String facilityType,
        String area,
        String description,
        @Nullable String dataAvailable,
        boolean residentMonitors,
        Instant createdAt,
        String createdBy) {
}
