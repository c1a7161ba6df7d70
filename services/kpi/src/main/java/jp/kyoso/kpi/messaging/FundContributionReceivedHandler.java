package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.kpi.application.FundFacts;
import jp.kyoso.kpi.domain.FundFact;
import jp.kyoso.kpi.domain.FundMetric;
import jp.kyoso.messaging.inbox.EventHandler;

/** Money received by the fund, by source, in the fiscal year it arrived. */
@Singleton
public class FundContributionReceivedHandler implements EventHandler<ContributionReceived> {

    private final FundFacts facts;

    public FundContributionReceivedHandler(FundFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<ContributionReceived> eventClass() {
        return ContributionReceived.class;
    }

    @Override
    public void handle(ContributionReceived event, EventEnvelope envelope) {
        facts.record(FundFact.of(envelope.id(), FundMetric.FUND_RECEIVED, event.contributorKind().name(), event.amountYen(), event.receivedAt(), event.contributionId(), event.contributorOrganisationId()));
    }
}
