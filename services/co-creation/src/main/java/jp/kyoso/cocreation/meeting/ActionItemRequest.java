package jp.kyoso.cocreation.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An action item; title and body become the when it is raised. */
@Serdeable
public record ActionItemRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String body) {
}
