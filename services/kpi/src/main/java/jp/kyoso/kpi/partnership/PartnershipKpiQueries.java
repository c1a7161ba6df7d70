package jp.kyoso.kpi.partnership;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.citylab.CityLabKpiQueries;
import jp.kyoso.kpi.declaration.DeclarationKpiQueries;
import jp.kyoso.kpi.drilldown.KpiFactRepository;
import jp.kyoso.kpi.fund.FundKpiQueries;
import jp.kyoso.kpi.meeting.MeetingKpiQueries;

/**
 * Answers "what are the partnership KPIs of this fiscal year", by default the current one in Tokyo: members, and
 * each programme's figures as its own query computes them.
 */
@Singleton
public class PartnershipKpiQueries {

    private final KpiFactRepository facts;
    private final MeetingKpiQueries meetings;
    private final CityLabKpiQueries cityLab;
    private final DeclarationKpiQueries declarations;
    private final FundKpiQueries fund;
    private final Clock clock;

    public PartnershipKpiQueries(KpiFactRepository facts, MeetingKpiQueries meetings,
                                 CityLabKpiQueries cityLab, DeclarationKpiQueries declarations, FundKpiQueries fund,
                                 Clock clock) {
        this.facts = facts;
        this.meetings = meetings;
        this.cityLab = cityLab;
        this.declarations = declarations;
        this.fund = fund;
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
                        facts.countUpToYear(members, year.year()), english),
                IssueCounts.of(facts.countInYear(Metric.ISSUES_RAISED.name(), year.year()),
                        facts.countInYear(Metric.ISSUES_PROMOTED.name(), year.year())),
                meetings.forYear(year, english), cityLab.forYear(year, english),
                declarations.forYear(year, english), fund.forYear(year, english));
    }
}
