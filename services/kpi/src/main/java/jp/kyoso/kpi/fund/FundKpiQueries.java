package jp.kyoso.kpi.fund;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.events.FiscalYear;

/** Answers "what did the fund do in this fiscal year". */
@Singleton
public class FundKpiQueries {

    private static final String CITY = "CITY";

    private final FundFactRepository facts;

    public FundKpiQueries(FundFactRepository facts) {
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    public FundKpis forYear(FiscalYear year, boolean english) {
        List<FundTotal> inYear = facts.inYear(year.year());
        List<FundTotal> upToYear = facts.upToYear(year.year());
        return new FundKpis(year.year(), english ? year.toString() : year.japaneseLabel(), year.firstDay(),
                year.lastDay(),
                FundKpis.BySource.of(yen(inYear, FundMetric.FUND_PLEDGED, true), yen(inYear, FundMetric.FUND_PLEDGED, false)),
                FundKpis.BySource.of(yen(inYear, FundMetric.FUND_RECEIVED, true), yen(inYear, FundMetric.FUND_RECEIVED, false)),
                count(inYear, FundMetric.FUND_APPLICATIONS), count(inYear, FundMetric.FUND_AWARDS),
                yen(inYear, FundMetric.FUND_AWARDS), yen(inYear, FundMetric.FUND_PAID),
                FundKpis.Cumulative.of(yen(upToYear, FundMetric.FUND_RECEIVED), yen(upToYear, FundMetric.FUND_AWARDS),
                        yen(upToYear, FundMetric.FUND_PAID)));
    }

    private static long count(List<FundTotal> totals, FundMetric metric) {
        return totals.stream().filter(t -> t.metric().equals(metric.name())).mapToLong(FundTotal::facts).sum();
    }

    private static long yen(List<FundTotal> totals, FundMetric metric) {
        return totals.stream().filter(t -> t.metric().equals(metric.name())).mapToLong(FundTotal::yen).sum();
    }

    private static long yen(List<FundTotal> totals, FundMetric metric, boolean city) {
        return totals.stream().filter(t -> t.metric().equals(metric.name()) && CITY.equals(t.dimension()) == city)
                .mapToLong(FundTotal::yen).sum();
    }
}
