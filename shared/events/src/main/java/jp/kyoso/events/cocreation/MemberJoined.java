package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A person accepted an invitation with their own account and now acts for the organisation in the given role. No
 * name or e-mail address: events outlive an erasure, so they carry ids only (see {@link MemberInvited}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.member.joined.v1", topic = Topics.COCREATION_ORGANISATION)
public record MemberJoined(
        String memberId,
        String organisationId,
        String userId,
        MemberRole role,
        Instant joinedAt) implements DomainEvent {

    /** Keyed by the organisation so that its roster's events stay in order with its own. */
    @Override
    public String aggregateId() {
        return organisationId;
    }
}
