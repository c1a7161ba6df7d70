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
                .tests();
    }
}
