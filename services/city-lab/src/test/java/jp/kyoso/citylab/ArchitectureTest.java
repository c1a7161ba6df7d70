package jp.kyoso.citylab;

import java.util.stream.Stream;
import jp.kyoso.testsupport.architecture.FeatureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The service's features keep to themselves and it imports no other service (rules in {@link FeatureRules}). */
class ArchitectureTest {

    /**
     * Where a feature reads another feature's table directly, named here so a new one is a decision: proposals and
     * invitations are allowed or refused by the challenge's state and department, read in the deciding transaction.
     * A service in between would not do: closing a challenge concludes its invitations and publishing it asks
     * matching, so the challenge service already depends on those features and cannot be their dependency too.
     */
    @TestFactory
    Stream<DynamicTest> featureRules() {
        return FeatureRules.of("jp.kyoso.citylab")
                .allowRepositoryUse("ChallengeRepository", "proposal", "matching")
                // The cycles the move into features left (issue 21), broken at the edge that points "up": publishing
                // and closing a challenge ask matching and conclude its invitations (matching reads the challenge, as
                // above); the challenge list answers through discovery's search, which builds on challenges; a
                // project is made from the proposal it starts with.
                .allowCycleEdge("challenge", "matching")
                .allowCycleEdge("challenge", "discovery")
                .allowCycleEdge("project", "proposal")
                .tests();
    }
}
