package jp.kyoso.kpi.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ExperimentAgreed;
import jp.kyoso.events.citylab.ExperimentProposed;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.InvitationSent;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.kpi.application.CityLabFacts;
import jp.kyoso.kpi.domain.CityLabFact;
import jp.kyoso.kpi.domain.CityLabMetric;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Which City Lab event feeds which KPI, and in which fiscal year: the year of the moment it happened, except a
 * collaboration project, which counts in the year of its start day (and a completion in the year of its day).
 */
@Factory
public class CityLabEventHandlers {

    private final CityLabFacts facts;

    public CityLabEventHandlers(CityLabFacts facts) {
        this.facts = facts;
    }

    @Singleton
    EventHandler<ChallengePublished> challengePublished() {
        return new CityLabFactHandler<>(ChallengePublished.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.CHALLENGES_PUBLISHED, CityLabFact.ALL, e.publishedAt(), e.challengeId(), null), facts);
    }

    @Singleton
    EventHandler<ProposalSubmitted> proposalSubmitted() {
        return new CityLabFactHandler<>(ProposalSubmitted.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.PROPOSALS_RECEIVED, CityLabFact.ALL, e.submittedAt(), e.proposalId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ProposalAdopted> proposalAdopted() {
        return new CityLabFactHandler<>(ProposalAdopted.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.PROPOSALS_ADOPTED, CityLabFact.ALL, e.adoptedAt(), e.proposalId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ProposalDeclined> proposalDeclined() {
        return new CityLabFactHandler<>(ProposalDeclined.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.PROPOSALS_DECLINED, CityLabFact.ALL, e.declinedAt(), e.proposalId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ExperimentProposed> experimentProposed() {
        return new CityLabFactHandler<>(ExperimentProposed.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.EXPERIMENTS_PROPOSED, CityLabFact.ALL, e.proposedAt(), e.experimentId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ExperimentAgreed> experimentAgreed() {
        return new CityLabFactHandler<>(ExperimentAgreed.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.EXPERIMENTS_AGREED, CityLabFact.ALL, e.agreedAt(), e.experimentId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<InvitationSent> invitationSent() {
        return new CityLabFactHandler<>(InvitationSent.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                CityLabMetric.INVITATIONS_SENT, CityLabFact.ALL, e.sentAt(), e.invitationId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<InvitationOutcome> invitationOutcome() {
        return new CityLabFactHandler<>(InvitationOutcome.class, (e, env) -> CityLabFact.at(env.id(), env.type(),
                e.outcome() == InvitationOutcomeKind.PROPOSED ? CityLabMetric.INVITATIONS_CONVERTED
                        : CityLabMetric.INVITATIONS_UNANSWERED, CityLabFact.ALL, e.concludedAt(), e.invitationId(), e.organisationId()),
                facts);
    }

    @Singleton
    EventHandler<CollaborationProjectStarted> projectStarted() {
        return new CityLabFactHandler<>(CollaborationProjectStarted.class, (e, env) -> CityLabFact.on(env.id(),
                env.type(), CityLabMetric.PROJECTS_STARTED, e.origin().name(), e.startedOn(), e.startedAt(),
                e.projectId(), lead(e)), facts);
    }

    @Singleton
    EventHandler<CollaborationProjectCompleted> projectCompleted() {
        return new CityLabFactHandler<>(CollaborationProjectCompleted.class, (e, env) -> CityLabFact.on(env.id(),
                env.type(), CityLabMetric.PROJECTS_COMPLETED, CityLabFact.ALL, e.completedOn(), e.completedAt(),
                e.projectId(), null), facts);
    }

    /**
     * A project's organisation in its facts: the first partner, the proposer it was adopted from (a project counts
     * once, so it cannot stand under each partner).
     */
    private static String lead(CollaborationProjectStarted started) {
        return started.partnerOrganisationIds().isEmpty() ? null : started.partnerOrganisationIds().get(0);
    }
}
