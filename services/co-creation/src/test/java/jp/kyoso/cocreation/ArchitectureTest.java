package jp.kyoso.cocreation;

import java.util.stream.Stream;
import jp.kyoso.testsupport.architecture.FeatureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The service's features keep to themselves and it imports no other service (rules in {@link FeatureRules}). */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> featureRules() {
        return FeatureRules.of("jp.kyoso.cocreation")
                // Where a feature reads another feature's table directly, named so a new one is a decision: the
                // roster, seeds and profiles look organisations up, the profile lists an organisation's seeds, and
                // the timeline's projection reads issues and rosters to place an event on the right organisations.
                .allowRepositoryUse("OrganisationRepository", "membership", "seed", "profile")
                .allowRepositoryUse("SeedRepository", "profile")
                .allowRepositoryUse("IssueRepository", "timeline")
                .allowRepositoryUse("MembershipRepository", "timeline")
                // The cycles the move into features left (issue 21), each broken here at the edge that points
                // "up": a lower feature reaching for one built on it. Removing one means moving that dependency.
                // Following resolves the meetings and working groups it follows; meetings record into its log.
                .allowCycleEdge("follow", "meeting")
                .allowCycleEdge("follow", "workinggroup")
                // A member's rule exception is a meeting type; meetings belong to working groups.
                .allowCycleEdge("workinggroup", "meeting")
                // Notifications read meetings, working groups, the digest and the timeline's subject types, all of
                // which notify.
                .allowCycleEdge("notification", "follow")
                .allowCycleEdge("notification", "meeting")
                .allowCycleEdge("notification", "workinggroup")
                .allowCycleEdge("notification", "timeline")
                // Approving an organisation makes its first membership and publishes its seeds; both look it up.
                .allowCycleEdge("organisation", "membership")
                .allowCycleEdge("organisation", "seed")
                // A profile lists a youth's ideas; youth ideas are shown as authored ideas of the profile.
                .allowCycleEdge("profile", "youth")
                .tests();
    }
}
