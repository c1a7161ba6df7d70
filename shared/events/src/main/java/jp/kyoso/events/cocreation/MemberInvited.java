package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * An organisation admin (or the secretariat) invited a person by email. The portal mails the invitation: the
 * {@code acceptCode} is single-use, expires at {@code expiresAt}, and co-creation keeps only its hash.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.member.invited.v1", topic = Topics.COCREATION_ORGANISATION)
public record MemberInvited(
        String invitationId,
        String organisationId,
        String organisationName,
        String email,
        MemberRole role,
        String acceptCode,
        Instant invitedAt,
        Instant expiresAt,
        String invitedBy) implements DomainEvent {

    /** Keyed by the organisation so that its roster's events stay in order with its own. */
    @Override
    public String aggregateId() {
        return organisationId;
    }
}
