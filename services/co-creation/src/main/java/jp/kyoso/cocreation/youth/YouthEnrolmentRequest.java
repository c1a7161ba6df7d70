package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretariat enrols a student's YOUTH account under a nickname. */
@Serdeable
public record YouthEnrolmentRequest(
        @NotBlank @Size(max = 100) String userId,
        @NotBlank @Size(max = 30) String nickname,
        @NotNull SchoolYear schoolYear,
        @Nullable @Size(max = 100) String realName,
        @Nullable @Size(max = 254) String guardianContact) {

    EnrolYouth toCommand() {
        return new EnrolYouth(userId, nickname, schoolYear, realName, guardianContact);
    }
}
