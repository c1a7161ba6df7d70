package jp.kyoso.cocreation.issue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on an issue. */
@Serdeable
public record CommentRequest(@NotBlank @Size(max = 4000) String body) {
}
