package jp.kyoso.kpi.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.kpi.application.PartnershipFacts;
import jp.kyoso.kpi.domain.Metric;
import jp.kyoso.kpi.domain.PartnershipFact;
import jp.kyoso.messaging.inbox.EventHandler;

/** The issue board's events as partnership facts: issues raised (by source) and promoted to City Lab. */
@Factory
public class IssueHandlers {

    private static final String ALL = "ALL";

    @Singleton
    EventHandler<IssueRaised> issueRaised(PartnershipFacts facts) {
        return EventHandler.of(IssueRaised.class, (event, envelope) -> facts.record(PartnershipFact.of(envelope.id(),
                envelope.type(), Metric.ISSUES_RAISED, event.source().name(), event.raisedAt(), event.issueId(), event.organisationId())));
    }

    @Singleton
    EventHandler<IssuePromotedToChallenge> issuePromoted(PartnershipFacts facts) {
        return EventHandler.of(IssuePromotedToChallenge.class, (event, envelope) -> facts.record(PartnershipFact.of(
                envelope.id(), envelope.type(), Metric.ISSUES_PROMOTED, ALL, event.promotedAt(), event.issueId(), null)));
    }
}
