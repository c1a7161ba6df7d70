package jp.kyoso.citylab.shared;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a proposal or experiment is declined; the proposer reads it, so it is required. */
@Serdeable
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
