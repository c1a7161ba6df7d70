package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingKind;

/** A meeting or exchange session (意見交換会・交流会), optionally of a working group. Times are instants, shown in Tokyo. */
@MappedEntity("meeting")
public record Meeting(
        @Id UUID id,
        @Nullable UUID workingGroupId,
        MeetingKind kind,
        String title,
        String agenda,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        @Nullable String onlineUrl,
        int capacity,
        MeetingStatus status,
        @Nullable Integer participantCount,
        @Nullable Instant heldRecordedAt,
        String createdBy,
        Instant createdAt) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Registration and cancellation are open while the meeting is scheduled and has not started. */
    public void requireOpenForRegistration(Instant now) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new MeetingRuleException("meeting.notScheduled", status.name());
        }
        if (!now.isBefore(startsAt)) {
            throw new MeetingRuleException("meeting.alreadyStarted");
        }
    }

    /** The status a new registration gets when {@code registered} seats are already taken. */
    public RegistrationStatus seatFor(long registered) {
        return registered < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
    }

    /** Attendance can be recorded once, after the meeting started. */
    public Meeting held(int participants, Instant now) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new MeetingRuleException("meeting.notScheduled", status.name());
        }
        if (now.isBefore(startsAt)) {
            throw new MeetingRuleException("meeting.notStartedYet");
        }
        return new Meeting(id, workingGroupId, kind, title, agenda, startsAt, endsAt, place, onlineUrl, capacity,
                MeetingStatus.HELD, participants, now, createdBy, createdAt);
    }

    public Meeting cancelled() {
        if (status != MeetingStatus.SCHEDULED) {
            throw new MeetingRuleException("meeting.notScheduled", status.name());
        }
        return new Meeting(id, workingGroupId, kind, title, agenda, startsAt, endsAt, place, onlineUrl, capacity,
                MeetingStatus.CANCELLED, null, null, createdBy, createdAt);
    }

    /** The date it is held on in Tokyo, which decides its fiscal year. */
    public LocalDate heldOn() {
        return startsAt.atZone(TOKYO).toLocalDate();
    }
}
