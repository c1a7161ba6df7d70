package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;

/** An organisation submitted (or, after a return, resubmitted) its declaration for the secretariat's review. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.declaration.submitted.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record DeclarationSubmitted(
        String declarationId,
        String organisationId,
        OrganisationType organisationType,
        List<String> sdgTargets,
        boolean resubmission,
        Instant submittedAt,
        String submittedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
