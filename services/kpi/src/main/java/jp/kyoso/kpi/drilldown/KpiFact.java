package jp.kyoso.kpi.drilldown;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One event's contribution to a figure, from any programme (the {@code kpi_fact} view): a drill-down row. */
@Introspected
public record KpiFact(String factId, String eventId, String metric, String dimension, int fiscalYear,
                      Instant occurredAt, String aggregateId, String eventType,
                      @Nullable String organisationId) {
}
