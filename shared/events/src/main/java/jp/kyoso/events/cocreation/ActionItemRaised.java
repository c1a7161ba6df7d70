package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A meeting's action item was turned into a local issue: the issue board can consume it and open an issue with this
 * title and body, linked back to the meeting.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.actionitem.raised.v1", topic = Topics.COCREATION_ACTION_ITEM)
public record ActionItemRaised(
        String actionItemId,
        String meetingId,
        @Nullable String workingGroupId,
        String title,
        String body,
        String raisedBy,
        Instant raisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return actionItemId;
    }
}
