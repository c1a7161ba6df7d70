package jp.kyoso.kpi.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.messaging.inbox.EventHandler;
import org.junit.jupiter.api.Test;
import jp.kyoso.kpi.projection.RecordedFacts;

/** Each fund event type to its one fact: a count, its yen where money moved, the organisation behind it. */
class FundEventHandlersTest {

    private static final Instant APRIL_FIRST_IN_TOKYO = Instant.parse("2031-03-31T15:00:00Z");

    private final RecordedFacts recorded = new RecordedFacts();
    private final FundEventHandlers handlers = new FundEventHandlers(recorded);
    private final String organisation = UUID.randomUUID().toString();
    private final String contribution = UUID.randomUUID().toString();
    private final String application = UUID.randomUUID().toString();
    private final String call = UUID.randomUUID().toString();

    @Test
    void moneyInBySourceAndOrganisationAnIndividualsWithoutOne() {
        assertOne(handlers.contributionPledged(), new ContributionPledged(contribution, ContributorKind.INVESTOR,
                organisation, "出資企業", 3_000_000, APRIL_FIRST_IN_TOKYO, "secretariat"), FundMetric.FUND_PLEDGED,
                "INVESTOR", 3_000_000, contribution, organisation);
        assertOne(handlers.contributionReceived(), new ContributionReceived(contribution, ContributorKind.CITY, null,
                1_000_000, APRIL_FIRST_IN_TOKYO, "secretariat"), FundMetric.FUND_RECEIVED, "CITY", 1_000_000,
                contribution, null);
    }

    @Test
    void applicationsAwardsAndPaymentsUnderTheApplicant() {
        assertOne(handlers.applicationSubmitted(), new ApplicationSubmitted(application, call, organisation, "事業",
                List.of(), 900_000, 600_000, APRIL_FIRST_IN_TOKYO, null), FundMetric.FUND_APPLICATIONS, "", 0,
                application, organisation);
        assertOne(handlers.applicationAwarded(), new ApplicationAwarded(application, call, organisation, 500_000,
                600_000, 1, null, APRIL_FIRST_IN_TOKYO, "secretariat"), FundMetric.FUND_AWARDS, "", 500_000,
                application, organisation);
        String payment = UUID.randomUUID().toString();
        assertOne(handlers.grantDisbursed(), new GrantDisbursed(payment, application, call, organisation, 1, 250_000,
                250_000, APRIL_FIRST_IN_TOKYO, "secretariat"), FundMetric.FUND_PAID, "", 250_000, payment,
                organisation);
    }

    private <E extends DomainEvent> void assertOne(EventHandler<E> handler, E event, FundMetric metric,
                                                   String dimension, long yen, String aggregateId,
                                                   String organisationId) {
        EventEnvelope envelope = RecordedFacts.envelopeOf(event);
        assertEquals(List.of(new FundFact(envelope.id() + "/" + metric.name(), envelope.id(), metric, dimension, yen,
                2031, APRIL_FIRST_IN_TOKYO, aggregateId, organisationId)), recorded.of(handler, event, envelope));
    }
}
