package jp.kyoso.cocreation.organisation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the secretariat turns an application down; the applicant reads it, so it is required. */
@Serdeable
public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
}
