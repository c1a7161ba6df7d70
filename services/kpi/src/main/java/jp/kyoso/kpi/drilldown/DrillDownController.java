package jp.kyoso.kpi.drilldown;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import jp.kyoso.kpi.shared.AskedFiscalYear;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * The drill-down is public like the figures it explains: it names events and organisations, never people. It stays
 * under the partnership answer's path, where the portal links from each figure.
 */
@Controller("/api/kpi/partnership/facts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Partnership KPIs")
public class DrillDownController {

    private final DrillDown drillDown;

    public DrillDownController(DrillDown drillDown) {
        this.drillDown = drillDown;
    }

    @Get
    @Operation(summary = "Drill-down: the events that make up a figure (type, id, time, aggregate, organisation), "
            + "optionally one organisation's only")
    public PageResponse<FactView> facts(@Nullable @QueryValue String metric, @Nullable @QueryValue Integer fiscalYear,
                                        @Nullable @QueryValue Boolean cumulative,
                                        @Nullable @QueryValue String dimension,
                                        @Nullable @QueryValue UUID organisationId, PageRequest paging) {
        if (metric == null || metric.isBlank()) {
            throw InvalidInputException.of("metric", "Required");
        }
        if (!DrillDownMetrics.ALL.contains(metric)) {
            throw InvalidInputException.of("metric", "indicator.metric.unknown", metric);
        }
        return drillDown.facts(metric, AskedFiscalYear.of(fiscalYear, drillDown::currentFiscalYear),
                Boolean.TRUE.equals(cumulative), dimension, organisationId == null ? null : organisationId.toString(),
                paging).map(FactView::of);
    }

    /** One event behind a figure; {@code organisationId} null when the event names no organisation. */
    @Serdeable
    public record FactView(String eventType, String eventId, String occurredAt, String aggregateId,
                           String dimension, int fiscalYear, @Nullable String organisationId) {
        static FactView of(KpiFact fact) {
            return new FactView(fact.eventType(), fact.eventId(), fact.occurredAt().toString(), fact.aggregateId(),
                    fact.dimension(), fact.fiscalYear(), fact.organisationId());
        }
    }
}
