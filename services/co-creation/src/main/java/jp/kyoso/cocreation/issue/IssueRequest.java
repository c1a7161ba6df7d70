package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A local issue as a member raises it; {@code organisationId} only for people acting for several organisations. */
@Serdeable
public record IssueRequest(
        @Nullable UUID organisationId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String body,
        @NotEmpty @Size(max = 30) List<@NotBlank String> sdgTargets) {
}
