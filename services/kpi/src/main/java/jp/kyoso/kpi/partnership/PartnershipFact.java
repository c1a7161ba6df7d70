package jp.kyoso.kpi.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.projection.Fact;

/**
 * One event's contribution to one metric. The id joins event and metric, so a fact can never be counted twice even
 * if an event slipped past the inbox.
 */
@MappedEntity("partnership_fact")
public record PartnershipFact(
        @Id String factId,
        String eventId,
        Metric metric,
        String dimension,
        int fiscalYear,
        Instant occurredAt,
        String aggregateId,
        String eventType,
        @Nullable String organisationId) implements Fact {

    /** @param organisationId the organisation the event is about, null if it names none */
    public static PartnershipFact of(String eventId, String eventType, Metric metric, String dimension,
                                     Instant occurredAt, String aggregateId, @Nullable String organisationId) {
        return new PartnershipFact(eventId + "/" + metric.name(), eventId, metric, dimension,
                FiscalYear.of(occurredAt).year(), occurredAt, aggregateId, eventType, organisationId);
    }
}
