package jp.kyoso.kpi.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.domain.MemberOrganisations;
import jp.kyoso.kpi.domain.Metric;
import jp.kyoso.kpi.domain.PartnershipFact;
import jp.kyoso.kpi.domain.PartnershipKpis;
import jp.kyoso.kpi.persistence.PartnershipFactRepository;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;

/** Answers "what are the partnership KPIs of this fiscal year", by default the current one in Tokyo. */
@Singleton
public class PartnershipKpiQueries {

    private final PartnershipFactRepository facts;
    private final Clock clock;

    public PartnershipKpiQueries(PartnershipFactRepository facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.current(clock);
    }

    @Transactional(readOnly = true)
    public PartnershipKpis forYear(FiscalYear year, boolean english) {
        String members = Metric.MEMBER_ORGANISATIONS.name();
        return new PartnershipKpis(year.year(), english ? year.toString() : year.japaneseLabel(), year.firstDay(),
                year.lastDay(), MemberOrganisations.of(facts.countInYear(members, year.year()),
                        facts.countUpToYear(members, year.year()), english));
    }

    /** The events that make up a figure, page by page. */
    @Transactional(readOnly = true)
    public PageResponse<PartnershipFact> drillDown(Metric metric, FiscalYear year, boolean cumulative,
                                                   String dimension, PageRequest paging) {
        return PageResponse.of(
                facts.facts(metric.name(), year.year(), cumulative, dimension, paging.offset(), paging.size()),
                paging, facts.countFacts(metric.name(), year.year(), cumulative, dimension));
    }
}
