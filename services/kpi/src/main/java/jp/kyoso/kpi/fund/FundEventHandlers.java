package jp.kyoso.kpi.fund;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.messaging.inbox.EventHandler;
import jp.kyoso.kpi.projection.FactHandler;
import jp.kyoso.kpi.projection.FactRecorder;

/**
 * The well-being & SDGs fund's money and grants, each in the fiscal year of the moment it happened: pledges and
 * receipts by source (city or investor companies), applications, awards with their yen, tranches paid.
 */
@Factory
public class FundEventHandlers {

    /** Applications, awards and payments have no breakdown; an empty dimension, as before. */
    private static final String NO_BREAKDOWN = "";

    private final FactRecorder facts;

    public FundEventHandlers(FactRecorder facts) {
        this.facts = facts;
    }

    @Singleton
    EventHandler<ContributionPledged> contributionPledged() {
        return new FactHandler<>(ContributionPledged.class, (e, env) -> List.of(FundFact.of(env.id(),
                FundMetric.FUND_PLEDGED, e.contributorKind().name(), e.amountYen(), e.pledgedAt(),
                e.contributionId(), e.contributorOrganisationId())), facts);
    }

    @Singleton
    EventHandler<ContributionReceived> contributionReceived() {
        return new FactHandler<>(ContributionReceived.class, (e, env) -> List.of(FundFact.of(env.id(),
                FundMetric.FUND_RECEIVED, e.contributorKind().name(), e.amountYen(), e.receivedAt(),
                e.contributionId(), e.contributorOrganisationId())), facts);
    }

    @Singleton
    EventHandler<ApplicationSubmitted> applicationSubmitted() {
        return new FactHandler<>(ApplicationSubmitted.class, (e, env) -> List.of(FundFact.of(env.id(),
                FundMetric.FUND_APPLICATIONS, NO_BREAKDOWN, 0, e.submittedAt(), e.applicationId(),
                e.organisationId())), facts);
    }

    @Singleton
    EventHandler<ApplicationAwarded> applicationAwarded() {
        return new FactHandler<>(ApplicationAwarded.class, (e, env) -> List.of(FundFact.of(env.id(),
                FundMetric.FUND_AWARDS, NO_BREAKDOWN, e.awardedYen(), e.decidedAt(), e.applicationId(),
                e.organisationId())), facts);
    }

    @Singleton
    EventHandler<GrantDisbursed> grantDisbursed() {
        return new FactHandler<>(GrantDisbursed.class, (e, env) -> List.of(FundFact.of(env.id(),
                FundMetric.FUND_PAID, NO_BREAKDOWN, e.amountYen(), e.paidAt(), e.paymentId(), e.organisationId())),
                facts);
    }
}
