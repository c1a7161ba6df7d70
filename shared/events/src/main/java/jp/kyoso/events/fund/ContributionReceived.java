package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** Pledged money arrived in the fund's account: only received money can be awarded. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.contribution.received.v1", topic = Topics.FUND_CONTRIBUTION)
public record ContributionReceived(
        String contributionId,
        ContributorKind contributorKind,
        @Nullable String contributorOrganisationId,
        long amountYen,
        Instant receivedAt,
        String recordedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return contributionId;
    }
}
