package jp.kyoso.fund.shared;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A required piece of text: a rejection reason or a final report. */
@Serdeable
public record TextRequest(@NotBlank @Size(max = 20000) String text) {
}
