package jp.kyoso.citylab.experiment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The department the secretariat asks to host a field experiment. */
@Serdeable
public record HostRequest(@NotNull UUID departmentId) {
}
