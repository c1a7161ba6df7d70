package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A tranche of an awarded grant was paid out of the fund. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.grant.disbursed.v1", topic = Topics.FUND_APPLICATION)
public record GrantDisbursed(
        String paymentId,
        String applicationId,
        String callId,
        String organisationId,
        int tranche,
        long amountYen,
        long paidTotalYen,
        Instant paidAt,
        String paidBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
