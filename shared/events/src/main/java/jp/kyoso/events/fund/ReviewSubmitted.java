package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A committee member submitted its scores for an application; the figure is the weighted score in hundredths. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.review.submitted.v1", topic = Topics.FUND_APPLICATION)
public record ReviewSubmitted(
        String applicationId,
        String callId,
        String reviewerId,
        long weightedScoreHundredths,
        Instant submittedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
