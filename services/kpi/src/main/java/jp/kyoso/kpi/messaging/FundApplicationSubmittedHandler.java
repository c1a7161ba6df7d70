package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.kpi.application.FundFacts;
import jp.kyoso.kpi.domain.FundFact;
import jp.kyoso.kpi.domain.FundMetric;
import jp.kyoso.messaging.inbox.EventHandler;

/** An application submitted to the fund counts in the fiscal year of submission. */
@Singleton
public class FundApplicationSubmittedHandler implements EventHandler<ApplicationSubmitted> {

    private final FundFacts facts;

    public FundApplicationSubmittedHandler(FundFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<ApplicationSubmitted> eventClass() {
        return ApplicationSubmitted.class;
    }

    @Override
    public void handle(ApplicationSubmitted event, EventEnvelope envelope) {
        facts.record(FundFact.of(envelope.id(), FundMetric.FUND_APPLICATIONS, "", 0, event.submittedAt(), event.applicationId(), event.organisationId()));
    }
}
