package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The committee turned an application down; the reason is shown to the applicant. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.application.rejected.v1", topic = Topics.FUND_APPLICATION)
public record ApplicationRejected(
        String applicationId,
        String callId,
        String organisationId,
        String reason,
        Instant decidedAt,
        String decidedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
