package jp.kyoso.cocreation.youth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A mentor's comment. */
@Serdeable
public record YouthCommentRequest(@NotBlank @Size(max = 4000) String body) {
}
