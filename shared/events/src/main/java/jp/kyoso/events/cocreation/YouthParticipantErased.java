package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A youth participant's nickname, real name and guardian contact were erased; their ideas stay under
 * {@code pseudonym}. Carries no personal data itself: a service holding the student's nickname (keyed by
 * {@code userId}, their YOUTH account) replaces it with the pseudonym. On the organisation topic the portal already
 * reads for {@link MemberErased}, so no consumer needs a new subscription.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.youthparticipant.erased.v1", topic = Topics.COCREATION_ORGANISATION)
public record YouthParticipantErased(
        String participantId,
        String userId,
        String pseudonym,
        Instant erasedAt,
        String erasedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
