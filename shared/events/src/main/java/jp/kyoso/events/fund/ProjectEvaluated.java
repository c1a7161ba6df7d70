package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A committee member evaluated a funded project's final report with the call's criteria. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.project.evaluated.v1", topic = Topics.FUND_APPLICATION)
public record ProjectEvaluated(
        String applicationId,
        String callId,
        String organisationId,
        String evaluatorId,
        long weightedScoreHundredths,
        Instant evaluatedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
