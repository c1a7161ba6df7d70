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
import java.util.Locale;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.application.PartnershipKpiQueries;
import jp.kyoso.kpi.domain.PartnershipKpis;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.problem.InvalidInputException;

/** Partnership KPIs are public: residents and the Cabinet Office read them without an account. */
@Controller("/api/kpi/partnership")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class PartnershipKpiController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final PartnershipKpiQueries queries;

    public PartnershipKpiController(PartnershipKpiQueries queries) {
        this.queries = queries;
    }

    @Get
    public PartnershipKpis partnership(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        FiscalYear year = fiscalYear == null ? queries.currentFiscalYear() : new FiscalYear(fiscalYear);
        if (year.year() < FIRST_YEAR || year.year() > LAST_YEAR) {
            throw InvalidInputException.of("fiscalYear", "fiscalYear.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
        return queries.forYear(year, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
