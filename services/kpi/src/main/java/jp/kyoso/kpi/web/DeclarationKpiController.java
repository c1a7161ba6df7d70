package jp.kyoso.kpi.web;

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
import jp.kyoso.kpi.application.DeclarationKpiQueries;
import jp.kyoso.kpi.domain.DeclarationKpis;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.problem.InvalidInputException;

/** The SDGs declaration registry's KPIs are public, like every partnership KPI. */
@Controller("/api/kpi/declarations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "declaration KPIs", description = "SDGs declarants per fiscal year, projected from the registry's events")
public class DeclarationKpiController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final DeclarationKpiQueries queries;

    public DeclarationKpiController(DeclarationKpiQueries queries) {
        this.queries = queries;
    }

    @Get
    @Operation(summary = "Declaration KPIs of a fiscal year", description = "Active declarants at the year's end by goal (17) and organisation type, registrations, lapses, reports on time and late; default the current fiscal year.")
    public DeclarationKpis declarations(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        FiscalYear year = fiscalYear == null ? queries.currentFiscalYear() : new FiscalYear(fiscalYear);
        if (year.year() < FIRST_YEAR || year.year() > LAST_YEAR) {
            throw InvalidInputException.of("fiscalYear", "fiscalYear.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
        return queries.forYear(year, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
