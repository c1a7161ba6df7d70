package jp.kyoso.citylab.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The organisation the secretariat invites to propose, and the seed that made it a candidate, if any. */
@Serdeable
public record InvitationRequest(@NotNull UUID organisationId, @Nullable UUID seedId) {
}
