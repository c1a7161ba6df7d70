package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A scheduled meeting starts within a day: the people registered for it (user ids only; the portal, which holds
 * their addresses and choices, mails them) should be reminded. Raised once per meeting.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.meeting.reminderdue.v1", topic = Topics.COCREATION_MEETING)
public record MeetingReminderDue(
        String meetingId,
        String title,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        @Nullable String onlineUrl,
        List<String> registeredUserIds,
        Instant dueAt) implements DomainEvent {

    public MeetingReminderDue {
        registeredUserIds = registeredUserIds == null ? List.of() : List.copyOf(registeredUserIds);
    }

    @Override
    public String aggregateId() {
        return meetingId;
    }
}
