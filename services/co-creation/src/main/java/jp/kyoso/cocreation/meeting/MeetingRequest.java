package jp.kyoso.cocreation.meeting;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingKind;

/**
 * The form for a meeting; {@code startsAtTokyo} / {@code endsAtTokyo} are local date-times in Asia/Tokyo, named as in
 * the answer. {@code startsAt} / {@code endsAt} are their old names, accepted until the next release.
 */
@Serdeable
public record MeetingRequest(
        @Nullable UUID workingGroupId,
        @NotNull MeetingKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String agenda,
        @NotNull @JsonAlias("startsAt") LocalDateTime startsAtTokyo,
        @NotNull @JsonAlias("endsAt") LocalDateTime endsAtTokyo,
        @Nullable @Size(max = 500) String place,
        @Nullable @Size(max = 500) @Pattern(regexp = "https://\\S+") String onlineUrl,
        @NotNull @Min(1) @Max(10000) Integer capacity) {

    ScheduleMeeting toCommand() {
        return new ScheduleMeeting(workingGroupId, kind, title, agenda, startsAtTokyo, endsAtTokyo, place, onlineUrl,
                capacity);
    }
}
