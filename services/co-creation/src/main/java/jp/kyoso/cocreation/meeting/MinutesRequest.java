package jp.kyoso.cocreation.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new draft of the minutes. */
@Serdeable
public record MinutesRequest(@NotBlank @Size(max = 100000) String body) {
}
