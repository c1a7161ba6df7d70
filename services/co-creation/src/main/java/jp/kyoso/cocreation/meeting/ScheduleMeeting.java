package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingKind;

/** The secretariat's form for a meeting; times are local times in Asia/Tokyo. */
public record ScheduleMeeting(@Nullable UUID workingGroupId, MeetingKind kind, String title, String agenda,
                              LocalDateTime startsAtTokyo, LocalDateTime endsAtTokyo, @Nullable String place,
                              @Nullable String onlineUrl, int capacity) {
}
