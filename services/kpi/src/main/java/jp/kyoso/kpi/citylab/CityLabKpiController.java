package jp.kyoso.kpi.citylab;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.shared.AskedFiscalYear;
import jp.kyoso.web.i18n.RequestLocale;

/** City Lab's KPIs, headed by 新規産学官連携事業数; public like every partnership KPI. */
@Controller("/api/kpi/citylab")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "citylab-kpi", description = "シティラボのKPI — City Lab KPIs")
public class CityLabKpiController {

    private final CityLabKpiQueries queries;

    public CityLabKpiController(CityLabKpiQueries queries) {
        this.queries = queries;
    }

    @Get
    @Operation(summary = "City Lab KPIs of a fiscal year (default: the current one in Tokyo): new collaboration "
            + "projects, challenges published, proposals and adoption rate, field experiments, invitations")
    public CityLabKpis citylab(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        FiscalYear year = AskedFiscalYear.of(fiscalYear, queries::currentFiscalYear);
        return queries.forYear(year, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
