package jp.kyoso.fund.resolution;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A resolution as the secretariat records it from the committee's minutes. */
@Serdeable
public record ResolutionRequest(@NotNull LocalDate meetingDate,
                                @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> membersPresent,
                                @NotBlank @Size(max = 4000) String result) {
}
