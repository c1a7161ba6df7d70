package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A contributor (the city or an investor company, 出資企業) pledged money to the fund. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.contribution.pledged.v1", topic = Topics.FUND_CONTRIBUTION)
public record ContributionPledged(
        String contributionId,
        ContributorKind contributorKind,
        @Nullable String contributorOrganisationId,
        String contributorName,
        long amountYen,
        Instant pledgedAt,
        String recordedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return contributionId;
    }
}
