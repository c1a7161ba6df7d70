package jp.kyoso.declarations.declaration;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secretariat's comments for the declarant to act on before resubmitting. */
@Serdeable
public record ReturnRequest(@NotBlank @Size(max = 4000) String comment) {
}
