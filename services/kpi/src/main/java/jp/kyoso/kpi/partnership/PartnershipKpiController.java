package jp.kyoso.kpi.partnership;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.shared.AskedFiscalYear;
import jp.kyoso.web.i18n.RequestLocale;

/** Partnership KPIs are public: residents and the Cabinet Office read them without an account. */
@Controller("/api/kpi/partnership")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Partnership KPIs")
public class PartnershipKpiController {

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

    private FiscalYear year(@Nullable Integer fiscalYear) {
        return AskedFiscalYear.of(fiscalYear, queries::currentFiscalYear);
    }
}
