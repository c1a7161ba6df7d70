package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The city adopted a company's or university's proposal to a challenge. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.proposal.adopted.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ProposalAdopted(
        String proposalId,
        String challengeId,
        String organisationId,
        String title,
        Instant adoptedAt,
        String adoptedBy) implements DomainEvent {

    /** Keyed by the challenge so that a challenge's events stay in order on its topic. */
    @Override
    public String aggregateId() {
        return challengeId;
    }
}
