package jp.kyoso.cocreation.youth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What came of presenting the idea to the mayor (e.g. 「来年度の予算で検討」). */
@Serdeable
public record PresentationRequest(@NotBlank @Size(max = 4000) String outcome) {
}
