package jp.kyoso.cocreation.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The lead or the secretariat adds a person (by their portal user id) to a group directly. */
@Serdeable
public record AddMemberRequest(
        @NotBlank @Size(max = 100) String userId,
        @NotBlank @Size(max = 200) String username,
        @Nullable @Size(max = 100) String organisationId) {
}
