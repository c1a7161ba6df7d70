package jp.kyoso.cocreation.membership;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyoso.events.cocreation.MemberRole;

/** An admin invites a person by email, as another admin or as a member. */
@Serdeable
public record InvitationRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull MemberRole role) {
}
