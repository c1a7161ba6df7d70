package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form for a new working group; membership is open and the group public unless said otherwise. */
@Serdeable
public record WorkingGroupRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @Nullable Boolean closedMembership,
        @Nullable Boolean privateGroup,
        @Nullable @Size(max = 100) String leadUserId) {

    FormWorkingGroup toCommand() {
        return new FormWorkingGroup(name, description, Boolean.TRUE.equals(closedMembership),
                Boolean.TRUE.equals(privateGroup), leadUserId);
    }
}
