package jp.kyoso.cocreation.youth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A student's idea. */
@Serdeable
public record YouthIdeaRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String body) {
}
