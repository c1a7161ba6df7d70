package jp.kyoso.kpi.declaration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.shared.DimensionCount;

/** The declaration KPIs of a fiscal year; "active" means active at the end of that fiscal year (Tokyo). */
@Singleton
public class DeclarationKpiQueries {

    private final DeclarantStatusChangeRepository changes;
    private final DeclarantReportRepository reports;
    private final Clock clock;

    public DeclarationKpiQueries(DeclarantStatusChangeRepository changes, DeclarantReportRepository reports,
                                 Clock clock) {
        this.changes = changes;
        this.reports = reports;
        this.clock = clock;
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.current(clock);
    }

    @Transactional(readOnly = true)
    public DeclarationKpis forYear(FiscalYear year, boolean english) {
        List<DeclarationKpis.OrganisationTypeCount> byType = DeclarationKpis.byType(
                changes.activeByOrganisationType(year.end()), english);
        long onTime = 0;
        long late = 0;
        for (DimensionCount count : reports.countByTimeliness(year.year())) {
            if ("true".equals(count.dimension())) {
                onTime += count.total();
            } else {
                late += count.total();
            }
        }
        return new DeclarationKpis(year.year(), english ? year.toString() : year.japaneseLabel(), year.firstDay(),
                year.lastDay(), byType.stream().mapToLong(DeclarationKpis.OrganisationTypeCount::active).sum(),
                DeclarationKpis.byGoal(changes.activeByGoal(year.end()), english), byType,
                changes.countInYear(DeclarantStatusKind.REGISTERED.name(), year.year()),
                changes.countInYear(DeclarantStatusKind.LAPSED.name(), year.year()), onTime, late);
    }
}
