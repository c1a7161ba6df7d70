package jp.kyoso.cocreation.membership;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jp.kyoso.events.cocreation.MemberRole;

/** The role a person on the roster should have from now on. */
@Serdeable
public record RoleRequest(@NotNull MemberRole role) {
}
