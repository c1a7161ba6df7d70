package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.kpi.application.FundFacts;
import jp.kyoso.kpi.domain.FundFact;
import jp.kyoso.kpi.domain.FundMetric;
import jp.kyoso.messaging.inbox.EventHandler;

/** A grant awarded: one award and its yen, in the fiscal year of the decision. */
@Singleton
public class FundApplicationAwardedHandler implements EventHandler<ApplicationAwarded> {

    private final FundFacts facts;

    public FundApplicationAwardedHandler(FundFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<ApplicationAwarded> eventClass() {
        return ApplicationAwarded.class;
    }

    @Override
    public void handle(ApplicationAwarded event, EventEnvelope envelope) {
        facts.record(FundFact.of(envelope.id(), FundMetric.FUND_AWARDS, "", event.awardedYen(), event.decidedAt(), event.applicationId(), event.organisationId()));
    }
}
