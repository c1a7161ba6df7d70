package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat invited an organisation to propose to a published challenge (concierge matching). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.invitation.sent.v1", topic = Topics.CITYLAB_CHALLENGE)
public record InvitationSent(
        String invitationId,
        String challengeId,
        String organisationId,
        @Nullable String seedId,
        Instant sentAt,
        String sentBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
