package jp.kyoso.cocreation.membership;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code from the invitation mail, entered by the invited person while signed in with their own account. */
@Serdeable
public record AcceptInvitationRequest(@NotBlank @Size(max = 100) String code) {
}
