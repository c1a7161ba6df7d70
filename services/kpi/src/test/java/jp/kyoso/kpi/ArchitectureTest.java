package jp.kyoso.kpi;

import java.util.stream.Stream;
import jp.kyoso.testsupport.architecture.FeatureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The service's features keep to themselves and it imports no other service (rules in {@link FeatureRules}). */
class ArchitectureTest {

    /**
     * Where a feature reads another feature's table directly, named here so a new one is a decision: the partnership
     * answer counts members and issues, and a plan indicator bound to a metric follows, the {@code kpi_fact} view
     * the drill-down reads.
     */
    @TestFactory
    Stream<DynamicTest> featureRules() {
        return FeatureRules.of("jp.kyoso.kpi")
                .allowRepositoryUse("KpiFactRepository", "partnership", "plan")
                // The cycles the move into features left (issue 21): the one fact writer (projection) names each
                // programme's fact rows, which the programmes' handlers hand it; the partnership answer reads the
                // drill-down's kpi_fact view (as above), which names every programme's metrics.
                .allowCycleEdge("projection", "citylab")
                .allowCycleEdge("projection", "declaration")
                .allowCycleEdge("projection", "fund")
                .allowCycleEdge("projection", "meeting")
                .allowCycleEdge("projection", "partnership")
                .allowCycleEdge("partnership", "drilldown")
                .tests();
    }
}
