package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** An organisation leaving the platform; saying why is optional. */
@Serdeable
public record WithdrawalRequest(@Nullable @Size(max = 2000) String reason) {
}
