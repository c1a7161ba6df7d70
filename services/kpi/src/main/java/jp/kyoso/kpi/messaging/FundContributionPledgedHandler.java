package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.kpi.application.FundFacts;
import jp.kyoso.kpi.domain.FundFact;
import jp.kyoso.kpi.domain.FundMetric;
import jp.kyoso.messaging.inbox.EventHandler;

/** Money pledged to the fund, by source (city or investor companies), in the fiscal year of the pledge. */
@Singleton
public class FundContributionPledgedHandler implements EventHandler<ContributionPledged> {

    private final FundFacts facts;

    public FundContributionPledgedHandler(FundFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<ContributionPledged> eventClass() {
        return ContributionPledged.class;
    }

    @Override
    public void handle(ContributionPledged event, EventEnvelope envelope) {
        facts.record(FundFact.of(envelope.id(), FundMetric.FUND_PLEDGED, event.contributorKind().name(), event.amountYen(), event.pledgedAt(), event.contributionId(), event.contributorOrganisationId()));
    }
}
