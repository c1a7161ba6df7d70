package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** Every eligible application of the call has been decided. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.call.decided.v1", topic = Topics.FUND_CALL)
public record CallDecided(
        String callId,
        int awardedApplications,
        long awardedYen,
        Instant decidedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return callId;
    }
}
