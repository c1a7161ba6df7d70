package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat approved an organisation: from now on it is a member of the platform (the KPI counts it). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.organisation.approved.v1", topic = Topics.COCREATION_ORGANISATION)
public record OrganisationApproved(
        String organisationId,
        String name,
        OrganisationType organisationType,
        @Nullable String corporateNumber,
        Instant approvedAt,
        String approvedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
