package jp.kyoso.kpi.meeting;

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

/** Meetings held and participants per fiscal year: public, like the other partnership KPIs. */
@Controller("/api/kpi/meetings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "KPI")
public class MeetingKpiController {

    private final MeetingKpiQueries queries;
    private final Clock clock;

    public MeetingKpiController(MeetingKpiQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Meetings held and participants in a fiscal year (default: the current one in Tokyo)")
    public MeetingKpis meetings(@Nullable @QueryValue Integer fiscalYear, HttpRequest<?> request) {
        FiscalYear year = AskedFiscalYear.of(fiscalYear, () -> FiscalYear.current(clock));
        return queries.forYear(year, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
