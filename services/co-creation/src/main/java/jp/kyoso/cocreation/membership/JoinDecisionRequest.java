package jp.kyoso.cocreation.membership;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** The lead's or the secretariat's answer to a join request. */
@Serdeable
public record JoinDecisionRequest(@NotNull Boolean approve) {
}
