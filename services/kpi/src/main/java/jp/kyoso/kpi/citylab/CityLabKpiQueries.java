package jp.kyoso.kpi.citylab;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.events.FiscalYear;

/** Answers "what are City Lab's KPIs in this fiscal year", by default the current one in Tokyo. */
@Singleton
public class CityLabKpiQueries {

    private final CityLabFactRepository facts;
    private final Clock clock;

    public CityLabKpiQueries(CityLabFactRepository facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.current(clock);
    }

    @Transactional(readOnly = true)
    public CityLabKpis forYear(FiscalYear year, boolean english) {
        return CityLabKpis.of(year.year(), english ? year.toString() : year.japaneseLabel(), year.firstDay(),
                year.lastDay(), facts.countInYear(year.year()),
                facts.countUpToYear(CityLabMetric.PROJECTS_STARTED.name(), year.year()));
    }
}
