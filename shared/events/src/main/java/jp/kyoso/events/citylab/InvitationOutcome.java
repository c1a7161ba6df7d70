package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** What came of an invitation: a proposal from the invited organisation, or none by the time the challenge closed. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.invitation.concluded.v1", topic = Topics.CITYLAB_CHALLENGE)
public record InvitationOutcome(
        String invitationId,
        String challengeId,
        String organisationId,
        InvitationOutcomeKind outcome,
        @Nullable String proposalId,
        Instant concludedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
