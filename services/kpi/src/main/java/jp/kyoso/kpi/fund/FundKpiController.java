package jp.kyoso.kpi.fund;

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
import java.time.Clock;
import java.util.Locale;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.shared.AskedFiscalYear;
import jp.kyoso.web.i18n.RequestLocale;

/** The fund's KPIs are public, like the partnership KPIs: money by source, applications, awards and payments. */
@Controller("/api/kpi/fund")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "kpi: fund", description = "ウェルビーイング・SDGs推進ファンドの実績")
public class FundKpiController {

    private final FundKpiQueries queries;
    private final Clock clock;

    public FundKpiController(FundKpiQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Fund figures of a fiscal year (default: the current one in Tokyo)")
    public FundKpis fund(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        FiscalYear year = AskedFiscalYear.of(fiscalYear, () -> FiscalYear.current(clock));
        return queries.forYear(year, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
