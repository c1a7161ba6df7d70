package jp.kyoso.declarations.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyoso.events.declarations.ComplaintOutcome;

/** The outcome of an investigation; revoking needs a public reason. */
@Serdeable
public record ComplaintDecisionRequest(@NotNull ComplaintOutcome outcome, @NotBlank @Size(max = 4000) String note,
                                       @Nullable @Size(max = 2000) String publicReason) {
}
