package jp.kyoso.citylab.project;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The short result report that completes a collaboration project; it is public. */
@Serdeable
public record CompletionRequest(@NotBlank @Size(max = 4000) String resultReport) {
}
