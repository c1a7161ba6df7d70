package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** An organisation asked to join the co-creation platform; the secretariat has yet to decide. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.organisation.applied.v1", topic = Topics.COCREATION_ORGANISATION)
public record OrganisationApplied(
        String organisationId,
        String name,
        OrganisationType organisationType,
        @Nullable String corporateNumber,
        Instant appliedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
