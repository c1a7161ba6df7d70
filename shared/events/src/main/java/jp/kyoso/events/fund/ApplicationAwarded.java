package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The committee awarded a grant; the money is committed from the fund's balance. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.application.awarded.v1", topic = Topics.FUND_APPLICATION)
public record ApplicationAwarded(
        String applicationId,
        String callId,
        String organisationId,
        long awardedYen,
        long requestedYen,
        int rank,
        @Nullable String outOfRankReason,
        Instant decidedAt,
        String decidedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
