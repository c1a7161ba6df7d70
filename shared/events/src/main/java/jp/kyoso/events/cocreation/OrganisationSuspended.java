package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat suspended a member organisation: it stays on record but takes no part until reinstated. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.organisation.suspended.v1", topic = Topics.COCREATION_ORGANISATION)
public record OrganisationSuspended(
        String organisationId,
        String reason,
        Instant suspendedAt,
        String suspendedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
