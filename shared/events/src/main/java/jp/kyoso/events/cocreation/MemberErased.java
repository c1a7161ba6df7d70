package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A person's name and contact were erased from an organisation's roster and everything co-creation holds about
 * them; the records stay under {@code pseudonym}. Carries no personal data itself: a service holding a copy of the
 * person's name or contact (keyed by {@code userId} or {@code memberId}) replaces it with the pseudonym.
 *
 * @param userId the person's portal account, if they had joined; null for an invitation never accepted
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.member.erased.v1", topic = Topics.COCREATION_ORGANISATION)
public record MemberErased(
        String memberId,
        String organisationId,
        @Nullable String userId,
        String pseudonym,
        Instant erasedAt,
        String erasedBy) implements DomainEvent {

    /** Keyed by the organisation so that its roster's events stay in order with its own. */
    @Override
    public String aggregateId() {
        return organisationId;
    }
}
