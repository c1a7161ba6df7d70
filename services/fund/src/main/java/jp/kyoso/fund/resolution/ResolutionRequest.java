package jp.kyoso.fund.resolution;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A resolution as the secretariat records it from the committee's minutes; {@code meetingOn} is the meeting's day in
 * Tokyo ({@code meetingDate} is its deprecated name, accepted for one release).
 */
@Serdeable
public record ResolutionRequest(@JsonAlias("meetingDate") @NotNull LocalDate meetingOn,
                                @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> membersPresent,
                                @NotBlank @Size(max = 4000) String result) {
}
