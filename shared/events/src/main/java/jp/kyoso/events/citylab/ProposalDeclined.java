package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A proposal was declined; the reason is shown to the proposer. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.proposal.declined.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ProposalDeclined(
        String proposalId,
        String challengeId,
        String organisationId,
        String reason,
        Instant declinedAt,
        String declinedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
