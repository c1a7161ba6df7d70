package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingKind;

/** A meeting with its seats; times as instants and as local times in Tokyo for display. */
@Serdeable
public record MeetingView(
        UUID id,
        @Nullable UUID workingGroupId,
        MeetingKind kind,
        String kindLabel,
        String title,
        String agenda,
        Instant startsAt,
        Instant endsAt,
        LocalDateTime startsAtTokyo,
        LocalDateTime endsAtTokyo,
        @Nullable String place,
        @Nullable String onlineUrl,
        int capacity,
        long seatsTaken,
        long waiting,
        MeetingStatus status,
        @Nullable Integer participantCount) {

    static MeetingView of(Meeting meeting, MeetingService.Seats seats, boolean english) {
        return new MeetingView(meeting.id(), meeting.workingGroupId(), meeting.kind(),
                english ? meeting.kind().english() : meeting.kind().japanese(), meeting.title(), meeting.agenda(),
                meeting.startsAt(), meeting.endsAt(), LocalDateTime.ofInstant(meeting.startsAt(), Meeting.TOKYO),
                LocalDateTime.ofInstant(meeting.endsAt(), Meeting.TOKYO), meeting.place(), meeting.onlineUrl(),
                meeting.capacity(), seats.registered(), seats.waiting(), meeting.status(), meeting.participantCount());
    }
}
