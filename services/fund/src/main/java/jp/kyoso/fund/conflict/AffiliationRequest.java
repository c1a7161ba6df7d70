package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An organisation the committee member is tied to (employer, board seat, adviser, ...). */
@Serdeable
public record AffiliationRequest(@NotNull UUID organisationId, @Nullable @Size(max = 500) String note) {
}
