package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who attended: registered people by user id, and people who came without registering. */
@Serdeable
public record AttendanceRequest(
        @NotNull @Size(max = 10000) List<String> attendedUserIds,
        @Nullable @Min(0) @Max(10000) Integer walkIns) {
}
