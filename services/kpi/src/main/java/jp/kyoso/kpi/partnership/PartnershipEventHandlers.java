package jp.kyoso.kpi.partnership;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.inbox.EventHandler;
import jp.kyoso.kpi.projection.FactHandler;
import jp.kyoso.kpi.projection.FactRecorder;

/**
 * Co-creation's membership and issue board as partnership facts, each in the fiscal year of the moment it happened:
 * members approved (by organisation type), issues raised (by source) and issues promoted to City Lab.
 */
@Factory
public class PartnershipEventHandlers {

    private static final String ALL = "ALL";

    private final FactRecorder facts;

    public PartnershipEventHandlers(FactRecorder facts) {
        this.facts = facts;
    }

    @Singleton
    EventHandler<OrganisationApproved> organisationApproved() {
        return new FactHandler<>(OrganisationApproved.class, (e, env) -> List.of(PartnershipFact.of(env.id(),
                env.type(), Metric.MEMBER_ORGANISATIONS, e.organisationType().name(), e.approvedAt(),
                e.organisationId(), e.organisationId())), facts);
    }

    @Singleton
    EventHandler<IssueRaised> issueRaised() {
        return new FactHandler<>(IssueRaised.class, (e, env) -> List.of(PartnershipFact.of(env.id(), env.type(),
                Metric.ISSUES_RAISED, e.source().name(), e.raisedAt(), e.issueId(), e.organisationId())), facts);
    }

    /** The promotion is the secretariat's act; the issue's organisation is on its ISSUES_RAISED fact. */
    @Singleton
    EventHandler<IssuePromotedToChallenge> issuePromoted() {
        return new FactHandler<>(IssuePromotedToChallenge.class, (e, env) -> List.of(PartnershipFact.of(env.id(),
                env.type(), Metric.ISSUES_PROMOTED, ALL, e.promotedAt(), e.issueId(), null)), facts);
    }
}
