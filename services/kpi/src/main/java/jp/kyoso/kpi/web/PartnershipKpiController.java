package jp.kyoso.kpi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.application.PartnershipKpiQueries;
import jp.kyoso.kpi.domain.DrillDownMetrics;
import jp.kyoso.kpi.domain.KpiFact;
import jp.kyoso.kpi.domain.PartnershipKpis;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;

/** Partnership KPIs are public: residents and the Cabinet Office read them without an account. */
@Controller("/api/kpi/partnership")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Partnership KPIs")
public class PartnershipKpiController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final PartnershipKpiQueries queries;
    private final JsonMapper json;

    public PartnershipKpiController(PartnershipKpiQueries queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @Get
    @Operation(summary = "Partnership KPIs of a fiscal year (default: the current one, Asia/Tokyo)")
    public PartnershipKpis partnership(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        return queries.forYear(year(fiscalYear), Locale.ENGLISH.equals(RequestLocale.of(request)));
    }

    @Get("/open-data.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Open data: every partnership figure of a fiscal year as CSV (UTF-8 with BOM)")
    public HttpResponse<byte[]> openData(@Nullable @QueryValue Integer fiscalYear) throws IOException {
        FiscalYear year = year(fiscalYear);
        JsonNode tree = json.writeValueToTree(queries.forYear(year, false));
        return HttpResponse.ok(PartnershipOpenData.csv(year.year(), tree).getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"partnership-kpis-" + year.year() + ".csv\"");
    }

    @Get("/facts")
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
        return queries.drillDown(metric, year(fiscalYear), Boolean.TRUE.equals(cumulative), dimension,
                organisationId == null ? null : organisationId.toString(), paging).map(FactView::of);
    }

    private FiscalYear year(Integer fiscalYear) {
        FiscalYear year = fiscalYear == null ? queries.currentFiscalYear() : new FiscalYear(fiscalYear);
        if (year.year() < FIRST_YEAR || year.year() > LAST_YEAR) {
            throw InvalidInputException.of("fiscalYear", "fiscalYear.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
        return year;
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
