package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat turned an application down; the reason is shown to the applicant. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.organisation.rejected.v1", topic = Topics.COCREATION_ORGANISATION)
public record OrganisationRejected(
        String organisationId,
        String reason,
        Instant rejectedAt,
        String rejectedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
