package jp.kyoso.cocreation.organisation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the secretariat suspends a member; the organisation reads it, so it is required. */
@Serdeable
public record SuspensionRequest(@NotBlank @Size(max = 2000) String reason) {
}
