package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat opened a call for applications (公募) on the committee's decision. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.call.opened.v1", topic = Topics.FUND_CALL)
public record CallOpened(
        String callId,
        String title,
        long budgetCapYen,
        long maxGrantYen,
        Instant opensAt,
        Instant closesAt,
        Instant openedAt,
        String openedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return callId;
    }
}
