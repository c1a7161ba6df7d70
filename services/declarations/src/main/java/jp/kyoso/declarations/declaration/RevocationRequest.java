package jp.kyoso.declarations.declaration;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a registration is revoked; published in the directory next to the flagged entry. */
@Serdeable
public record RevocationRequest(@NotBlank @Size(max = 2000) String publicReason) {
}
