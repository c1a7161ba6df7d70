package jp.kyoso.portal.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A domain event as the audit trail keeps it: what happened to which record, when, and by whom if the event says.
 *
 * @param actor  the user id the event names as its author, or null
 * @param reason why, when the event says (its {@code reason} field), or null
 */
public record AuditedEvent(String eventId, Instant at, String type, String source, String aggregateId, String actor,
                           String correlationId, String reason) {

    public AuditedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }
}
