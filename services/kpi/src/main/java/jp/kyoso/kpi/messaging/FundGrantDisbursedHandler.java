package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.kpi.application.FundFacts;
import jp.kyoso.kpi.domain.FundFact;
import jp.kyoso.kpi.domain.FundMetric;
import jp.kyoso.messaging.inbox.EventHandler;

/** A tranche paid: its yen count in the fiscal year of payment. */
@Singleton
public class FundGrantDisbursedHandler implements EventHandler<GrantDisbursed> {

    private final FundFacts facts;

    public FundGrantDisbursedHandler(FundFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<GrantDisbursed> eventClass() {
        return GrantDisbursed.class;
    }

    @Override
    public void handle(GrantDisbursed event, EventEnvelope envelope) {
        facts.record(FundFact.of(envelope.id(), FundMetric.FUND_PAID, "", event.amountYen(), event.paidAt(), event.paymentId(), event.organisationId()));
    }
}
