package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A call stopped taking applications; review starts. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.call.closed.v1", topic = Topics.FUND_CALL)
public record CallClosed(
        String callId,
        int submittedApplications,
        Instant closedAt,
        String closedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return callId;
    }
}
