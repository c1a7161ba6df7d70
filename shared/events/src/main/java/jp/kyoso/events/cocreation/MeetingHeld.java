package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * The secretariat recorded that a meeting took place. {@code participantCount} is the number of people who
 * attended (registered attendees marked present plus walk-ins); {@code heldOn} is the date in Asia/Tokyo, which
 * decides the fiscal year the KPI projection counts it in.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.meeting.held.v1", topic = Topics.COCREATION_MEETING)
public record MeetingHeld(
        String meetingId,
        @Nullable String workingGroupId,
        MeetingKind kind,
        String title,
        LocalDate heldOn,
        Instant startsAt,
        int participantCount,
        String recordedBy,
        Instant recordedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
