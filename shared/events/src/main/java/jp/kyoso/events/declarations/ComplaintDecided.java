package jp.kyoso.events.declarations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** The secretariat closed an investigation into a complaint about a declarant (e.g. SDGs-washing) with an outcome. Keyed by the declaration so it stays in order with the declaration's events. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.declarations.complaint.decided.v1", topic = Topics.DECLARATIONS_DECLARATION)
public record ComplaintDecided(
        String complaintId,
        String declarationId,
        String organisationId,
        ComplaintOutcome outcome,
        Instant decidedAt,
        String decidedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
