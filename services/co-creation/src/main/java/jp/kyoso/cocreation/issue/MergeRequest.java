package jp.kyoso.cocreation.issue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The issue a duplicate is folded into. */
@Serdeable
public record MergeRequest(@NotNull UUID into) {
}
