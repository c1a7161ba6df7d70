package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** An organisation left the platform (or withdrew its application); projections stop counting it as a member. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.organisation.withdrawn.v1", topic = Topics.COCREATION_ORGANISATION)
public record OrganisationWithdrawn(
        String organisationId,
        @Nullable String reason,
        Instant withdrawnAt,
        String withdrawnBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
