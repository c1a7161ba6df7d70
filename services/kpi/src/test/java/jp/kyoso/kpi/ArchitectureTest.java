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
                .tests();
    }
}
