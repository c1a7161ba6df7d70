package jp.kyoso.kpi.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.projection.Fact;

/** One fund event's contribution to one fund metric: a count of one and, where money moved, its yen. */
@MappedEntity("fund_fact")
public record FundFact(
        @Id String factId,
        String eventId,
        FundMetric metric,
        String dimension,
        long amountYen,
        int fiscalYear,
        Instant occurredAt,
        String aggregateId,
        @Nullable String organisationId) implements Fact {

    /** @param organisationId the applicant or contributing organisation, null for an individual's contribution */
    public static FundFact of(String eventId, FundMetric metric, String dimension, long amountYen, Instant occurredAt,
                              String aggregateId, @Nullable String organisationId) {
        return new FundFact(eventId + "/" + metric.name(), eventId, metric, dimension, amountYen,
                FiscalYear.of(occurredAt).year(), occurredAt, aggregateId, organisationId);
    }
}
