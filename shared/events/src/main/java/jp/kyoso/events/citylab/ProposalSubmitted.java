package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A member organisation submitted a proposal to a published challenge. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.proposal.submitted.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ProposalSubmitted(
        String proposalId,
        String challengeId,
        String organisationId,
        String title,
        List<String> sdgTargets,
        @Nullable Long costEstimateYen,
        Instant submittedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
