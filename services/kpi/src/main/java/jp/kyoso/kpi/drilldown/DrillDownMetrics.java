package jp.kyoso.kpi.drilldown;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.kyoso.kpi.citylab.CityLabMetric;
import jp.kyoso.kpi.declaration.DeclarantStatusKind;
import jp.kyoso.kpi.fund.FundMetric;
import jp.kyoso.kpi.partnership.Metric;

/** The metric names a drill-down accepts: every figure of every programme the KPI projection counts. */
public final class DrillDownMetrics {

    public static final String MEETINGS = "MEETINGS";
    public static final String DECLARATION_REPORTS = "DECLARATION_REPORTS";
    private static final String DECLARATIONS_PREFIX = "DECLARATIONS_";

    public static final Set<String> ALL = all();

    private DrillDownMetrics() {
    }

    private static Set<String> all() {
        Set<String> names = new TreeSet<>();
        Stream.of(Metric.values(), CityLabMetric.values(), FundMetric.values())
                .flatMap(Arrays::stream).forEach(metric -> names.add(metric.name()));
        Arrays.stream(DeclarantStatusKind.values()).forEach(kind -> names.add(DECLARATIONS_PREFIX + kind.name()));
        names.add(MEETINGS);
        names.add(DECLARATION_REPORTS);
        return Set.copyOf(names);
    }
}
