package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat lifted a suspension: the organisation takes part again as a member. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.organisation.reinstated.v1", topic = Topics.COCREATION_ORGANISATION)
public record OrganisationReinstated(
        String organisationId,
        Instant reinstatedAt,
        String reinstatedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
