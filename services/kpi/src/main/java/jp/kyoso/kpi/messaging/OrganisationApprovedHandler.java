package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.kpi.application.PartnershipFacts;
import jp.kyoso.kpi.domain.Metric;
import jp.kyoso.kpi.domain.PartnershipFact;
import jp.kyoso.messaging.inbox.EventHandler;

/** An approved organisation is a new platform member in the fiscal year of its approval. */
@Singleton
public class OrganisationApprovedHandler implements EventHandler<OrganisationApproved> {

    private final PartnershipFacts facts;

    public OrganisationApprovedHandler(PartnershipFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<OrganisationApproved> eventClass() {
        return OrganisationApproved.class;
    }

    @Override
    public void handle(OrganisationApproved event, EventEnvelope envelope) {
        facts.record(PartnershipFact.of(envelope.id(), envelope.type(), Metric.MEMBER_ORGANISATIONS,
                event.organisationType().name(), event.approvedAt(), event.organisationId(), event.organisationId()));
    }
}
