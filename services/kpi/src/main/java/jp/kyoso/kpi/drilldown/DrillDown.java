package jp.kyoso.kpi.drilldown;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;

/** Answers "which events make up this figure", for any figure of any programme. */
@Singleton
public class DrillDown {

    private final KpiFactRepository facts;
    private final Clock clock;

    public DrillDown(KpiFactRepository facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.current(clock);
    }

    /** The events that make up a figure, page by page; {@code organisationId} narrows them to one organisation's. */
    @Transactional(readOnly = true)
    public PageResponse<KpiFact> facts(String metric, FiscalYear year, boolean cumulative,
                                       @Nullable String dimension, @Nullable String organisationId,
                                       PageRequest paging) {
        return PageResponse.of(facts.facts(metric, year.year(), cumulative, dimension, organisationId,
                        paging.offset(), paging.size()),
                paging, facts.countFacts(metric, year.year(), cumulative, dimension, organisationId));
    }
}
