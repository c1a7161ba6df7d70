package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat or the department shortlisted a proposal. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.proposal.shortlisted.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ProposalShortlisted(
        String proposalId,
        String challengeId,
        String organisationId,
        Instant shortlistedAt,
        String shortlistedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
