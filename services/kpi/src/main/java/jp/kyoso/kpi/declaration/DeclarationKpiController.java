package jp.kyoso.kpi.declaration;

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

/** The SDGs declaration registry's KPIs are public, like every partnership KPI. */
@Controller("/api/kpi/declarations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "declaration KPIs", description = "SDGs declarants per fiscal year, projected from the registry's events")
public class DeclarationKpiController {

    private final DeclarationKpiQueries queries;

    public DeclarationKpiController(DeclarationKpiQueries queries) {
        this.queries = queries;
    }

    @Get
    @Operation(summary = "Declaration KPIs of a fiscal year", description = "Active declarants at the year's end by goal (17) and organisation type, registrations, lapses, reports on time and late; default the current fiscal year.")
    public DeclarationKpis declarations(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        FiscalYear year = AskedFiscalYear.of(fiscalYear, queries::currentFiscalYear);
        return queries.forYear(year, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
