package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * An organisation admin (or the secretariat) invited a person by email; the invitation expires at {@code expiresAt}.
 * Deliberately without the one-time acceptance code: whoever reads the topic (every service, the audit, broker
 * backups) could otherwise join the organisation. The code is shown once, in the answer to the inviter. Without the
 * e-mail address too: topics keep events for ever, and an erased person's address must not outlive the erasure;
 * co-creation's roster (erasable) is the only place it lives.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.member.invited.v1", topic = Topics.COCREATION_ORGANISATION)
public record MemberInvited(
        String invitationId,
        String organisationId,
        String organisationName,
        MemberRole role,
        Instant invitedAt,
        Instant expiresAt,
        String invitedBy) implements DomainEvent {

    /** Keyed by the organisation so that its roster's events stay in order with its own. */
    @Override
    public String aggregateId() {
        return organisationId;
    }
}
