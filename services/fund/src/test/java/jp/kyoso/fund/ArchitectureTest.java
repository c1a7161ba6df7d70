package jp.kyoso.fund;

import java.util.stream.Stream;
import jp.kyoso.testsupport.architecture.FeatureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The service's features keep to themselves and it imports no other service (rules in {@link FeatureRules}). */
class ArchitectureTest {

    /**
     * Where a feature reads or changes another feature's table directly, named here so a new one is a decision. The
     * grant application is the aggregate the later steps act on: closing a call counts its applications, a decision
     * and a payment change the application row under the call's or its own lock in the same transaction, and a
     * resolution names the applicants. A recusal drops the review assignment in the transaction that registers it,
     * and the continued project is checked against the collaboration partners the organisation replica keeps.
     */
    @TestFactory
    Stream<DynamicTest> featureRules() {
        return FeatureRules.of("jp.kyoso.fund")
                .allowRepositoryUse("GrantApplicationRepository", "call", "decision", "payment", "resolution")
                .allowRepositoryUse("AssignmentRepository", "conflict")
                .allowRepositoryUse("CollaborationPartnerRepository", "continuation")
                // The cycles the move into features left (issue 21), broken at the edges the reads above make (a call
                // counts its applications, a recusal drops a review assignment) and at the committee screen, which
                // shows each member's declared affiliations.
                .allowCycleEdge("call", "grantapplication")
                .allowCycleEdge("conflict", "review")
                .allowCycleEdge("committee", "conflict")
                .tests();
    }
}
