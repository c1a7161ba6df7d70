package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The applicant withdrew a submitted application before the decision. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.application.withdrawn.v1", topic = Topics.FUND_APPLICATION)
public record ApplicationWithdrawn(
        String applicationId,
        String callId,
        String organisationId,
        Instant withdrawnAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
