package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The whole declaration form. {@code version} is the version the editor loaded: required when saving an existing
 * draft, so that a colleague's save in between is reported instead of overwritten.
 */
@Serdeable
public record DeclarationRequest(
        @Nullable Long version,
        @NotBlank @Size(max = 100) String representativeName,
        @NotBlank @Size(max = 100) String representativeTitle,
        @NotBlank @Size(max = 4000) String vision,
        @NotNull @Size(max = 30) List<@Valid CommitmentRequest> commitments) {

    DeclarationDraft toDraft() {
        return new DeclarationDraft(new DeclarationText(representativeName.strip(), representativeTitle.strip(),
                vision.strip()), commitments.stream().map(CommitmentRequest::toInput).toList());
    }
}
