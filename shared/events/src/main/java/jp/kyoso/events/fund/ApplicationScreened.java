package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The automatic eligibility check on submission: eligible, or ineligible with the reasons (message keys). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.application.screened.v1", topic = Topics.FUND_APPLICATION)
public record ApplicationScreened(
        String applicationId,
        String callId,
        String organisationId,
        boolean eligible,
        List<String> reasons,
        Instant screenedAt) implements DomainEvent {

    /** An empty list is left out of the JSON, so a missing one reads as empty. */
    public ApplicationScreened {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
