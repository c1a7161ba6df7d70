package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A seed as a member writes it. {@code organisationId} is needed only by people who act for several organisations;
 * otherwise the organisation in the caller's token is used. SDG targets are codes such as {@code 11.7}.
 */
@Serdeable
public record SeedRequest(
        @Nullable UUID organisationId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String description,
        @NotEmpty @Size(max = 30) List<@NotBlank String> sdgTargets,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,
        @Nullable @Size(max = 100) String contactName,
        @Nullable @Email @Size(max = 254) String contactEmail) {

    SeedContent content() {
        return new SeedContent(title, description, sdgTargets, keywords == null ? List.of() : keywords, contactName,
                contactEmail);
    }
}
