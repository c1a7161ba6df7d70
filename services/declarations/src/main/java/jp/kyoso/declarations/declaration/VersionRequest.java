package jp.kyoso.declarations.declaration;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** The version the caller previewed: submitting checks it, so what is submitted is exactly what was seen. */
@Serdeable
public record VersionRequest(@NotNull Long version) {
}
