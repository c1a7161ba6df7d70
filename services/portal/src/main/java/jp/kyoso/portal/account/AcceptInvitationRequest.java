package jp.kyoso.portal.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time code of an organisation's invitation, as the secretariat or the organisation's admin passed it on. */
@Serdeable
public record AcceptInvitationRequest(@NotBlank @Size(max = 100) String code) {
}
