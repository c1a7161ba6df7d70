package jp.kyoso.declarations.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A complaint anyone may file; name and e-mail are optional and never published. */
@Serdeable
public record ComplaintRequest(@Nullable @Size(max = 100) String name, @Nullable @Email @Size(max = 254) String email,
                               @NotBlank @Size(max = 4000) String body) {
}
