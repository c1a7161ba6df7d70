package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The proposing organisation withdrew its proposal. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.proposal.withdrawn.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ProposalWithdrawn(
        String proposalId,
        String challengeId,
        String organisationId,
        Instant withdrawnAt,
        String withdrawnBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
