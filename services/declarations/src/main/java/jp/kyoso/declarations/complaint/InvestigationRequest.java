package jp.kyoso.declarations.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secretariat's investigation record. */
@Serdeable
public record InvestigationRequest(@NotBlank @Size(max = 4000) String note) {
}
