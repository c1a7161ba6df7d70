package jp.kyoso.fund.review;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A committee member to assign, by user id. */
@Serdeable
public record ReviewerRequest(@NotBlank @Size(max = 200) String reviewerId) {
}
