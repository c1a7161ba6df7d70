package jp.kyoso.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyoso.testsupport.FeatureArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The service is packaged by feature, so the old "the domain package imports nothing else" scan has no package to
 * look at. These source scans keep its rule per feature, and add one about repositories.
 */
class ArchitectureTest {

    private static final FeatureArchitecture CODE =
            FeatureArchitecture.of(Path.of("src/main/java/jp/kyoso/cocreation"));

    /**
     * Where a feature reads another feature's table directly, named here so a new one is a decision: the roster,
     * seeds and profiles look organisations up, the profile lists an organisation's seeds, and the timeline's
     * projection reads issues and rosters to place an event on the right organisations.
     */
    private static final Map<String, Set<String>> SHARED_REPOSITORIES = Map.of(
            "OrganisationRepository", Set.of("membership", "seed", "profile"),
            "SeedRepository", Set.of("profile"),
            "IssueRepository", Set.of("timeline"),
            "MembershipRepository", Set.of("timeline"));

    @Test
    void domainTypesDependOnNoBeanOrHttpBodyOfTheService() {
        assertTrue(CODE.domainTypes().contains("Organisation"), "the scan should see the domain types");
        assertEquals(List.of(), CODE.domainTypesMentioningTheEdge());
    }

    @Test
    void aFeaturesRepositoryIsUsedOnlyInsideTheFeature() {
        assertTrue(CODE.repositories() > 10, "the scan should see the repositories");
        assertEquals(List.of(), CODE.repositoriesUsedOutsideTheirFeature(SHARED_REPOSITORIES));
    }
}
