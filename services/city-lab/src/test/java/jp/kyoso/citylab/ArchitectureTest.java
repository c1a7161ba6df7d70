package jp.kyoso.citylab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyoso.testsupport.FeatureArchitecture;
import org.junit.jupiter.api.Test;

/** City Lab is packaged by feature; these scans keep each feature's domain free of beans and its tables its own. */
class ArchitectureTest {

    private static final FeatureArchitecture CODE = FeatureArchitecture.of(Path.of("src/main/java/jp/kyoso/citylab"));

    /**
     * Where a feature reads another feature's table directly, named here so a new one is a decision: proposals and
     * invitations are allowed or refused by the challenge's state and department, read in the deciding transaction.
     * A service in between would not do: closing a challenge concludes its invitations and publishing it asks
     * matching, so the challenge service already depends on those features and cannot be their dependency too.
     */
    private static final Map<String, Set<String>> SHARED_REPOSITORIES = Map.of(
            "ChallengeRepository", Set.of("proposal", "matching"));

    @Test
    void domainTypesDependOnNoBeanOrHttpBodyOfTheService() {
        assertTrue(CODE.domainTypes().containsAll(Set.of("Challenge", "Proposal", "FieldExperiment", "MatchScore")),
                "the scan should see the domain types");
        assertEquals(List.of(), CODE.domainTypesMentioningTheEdge());
    }

    @Test
    void aFeaturesRepositoryIsUsedOnlyInsideTheFeature() {
        assertTrue(CODE.repositories() > 10, "the scan should see the repositories");
        assertEquals(List.of(), CODE.repositoriesUsedOutsideTheirFeature(SHARED_REPOSITORIES));
    }
}
