package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** An applicant organisation submitted its application to a call. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.application.submitted.v1", topic = Topics.FUND_APPLICATION)
public record ApplicationSubmitted(
        String applicationId,
        String callId,
        String organisationId,
        String title,
        List<String> sdgTargets,
        long totalCostYen,
        long requestedYen,
        Instant submittedAt,
        @Nullable String continuesProjectId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
