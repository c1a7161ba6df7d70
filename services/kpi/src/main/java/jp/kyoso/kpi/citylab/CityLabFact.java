package jp.kyoso.kpi.citylab;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.projection.Fact;

/** One City Lab event's contribution to one metric; the id joins event and metric so it counts once. */
@MappedEntity("citylab_fact")
public record CityLabFact(
        @Id String factId,
        String eventId,
        CityLabMetric metric,
        String dimension,
        int fiscalYear,
        Instant occurredAt,
        String aggregateId,
        String eventType,
        @Nullable String organisationId) implements Fact {

    /** Facts without a breakdown use this dimension. */
    public static final String ALL = "ALL";

    /** A fact in the fiscal year (Asia/Tokyo) of the instant it happened. */
    public static CityLabFact at(String eventId, String eventType, CityLabMetric metric, String dimension,
                                 Instant occurredAt, String aggregateId, @Nullable String organisationId) {
        return new CityLabFact(eventId + "/" + metric.name(), eventId, metric, dimension,
                FiscalYear.of(occurredAt).year(), occurredAt, aggregateId, eventType, organisationId);
    }

    /** A fact in the fiscal year of a calendar day, e.g. the day a collaboration project started. */
    public static CityLabFact on(String eventId, String eventType, CityLabMetric metric, String dimension,
                                 LocalDate day, Instant occurredAt, String aggregateId,
                                 @Nullable String organisationId) {
        return new CityLabFact(eventId + "/" + metric.name(), eventId, metric, dimension, FiscalYear.of(day).year(),
                occurredAt, aggregateId, eventType, organisationId);
    }
}
