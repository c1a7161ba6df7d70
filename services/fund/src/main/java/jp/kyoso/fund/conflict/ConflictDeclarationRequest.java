package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A committee member's declaration on one application; a conflict needs its reason. */
@Serdeable
public record ConflictDeclarationRequest(@NotNull Boolean conflicted, @Nullable @Size(max = 2000) String reason) {
}
