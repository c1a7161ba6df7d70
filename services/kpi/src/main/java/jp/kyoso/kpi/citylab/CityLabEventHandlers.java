package jp.kyoso.kpi.citylab;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.EventEnvelope;
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
import jp.kyoso.messaging.inbox.EventHandler;
import jp.kyoso.kpi.projection.FactHandler;
import jp.kyoso.kpi.projection.FactRecorder;

/**
 * Which City Lab event feeds which KPI, and in which fiscal year: the year of the moment it happened, except a
 * collaboration project, which counts in the year of its start day (and a completion in the year of its day).
 */
@Factory
public class CityLabEventHandlers {

    private final FactRecorder facts;

    public CityLabEventHandlers(FactRecorder facts) {
        this.facts = facts;
    }

    @Singleton
    EventHandler<ChallengePublished> challengePublished() {
        return new FactHandler<>(ChallengePublished.class, (e, env) -> at(env, CityLabMetric.CHALLENGES_PUBLISHED,
                e.publishedAt(), e.challengeId(), null), facts);
    }

    @Singleton
    EventHandler<ProposalSubmitted> proposalSubmitted() {
        return new FactHandler<>(ProposalSubmitted.class, (e, env) -> at(env, CityLabMetric.PROPOSALS_RECEIVED,
                e.submittedAt(), e.proposalId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ProposalAdopted> proposalAdopted() {
        return new FactHandler<>(ProposalAdopted.class, (e, env) -> at(env, CityLabMetric.PROPOSALS_ADOPTED,
                e.adoptedAt(), e.proposalId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ProposalDeclined> proposalDeclined() {
        return new FactHandler<>(ProposalDeclined.class, (e, env) -> at(env, CityLabMetric.PROPOSALS_DECLINED,
                e.declinedAt(), e.proposalId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ExperimentProposed> experimentProposed() {
        return new FactHandler<>(ExperimentProposed.class, (e, env) -> at(env, CityLabMetric.EXPERIMENTS_PROPOSED,
                e.proposedAt(), e.experimentId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<ExperimentAgreed> experimentAgreed() {
        return new FactHandler<>(ExperimentAgreed.class, (e, env) -> at(env, CityLabMetric.EXPERIMENTS_AGREED,
                e.agreedAt(), e.experimentId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<InvitationSent> invitationSent() {
        return new FactHandler<>(InvitationSent.class, (e, env) -> at(env, CityLabMetric.INVITATIONS_SENT,
                e.sentAt(), e.invitationId(), e.organisationId()), facts);
    }

    @Singleton
    EventHandler<InvitationOutcome> invitationOutcome() {
        return new FactHandler<>(InvitationOutcome.class, (e, env) -> at(env,
                e.outcome() == InvitationOutcomeKind.PROPOSED ? CityLabMetric.INVITATIONS_CONVERTED
                        : CityLabMetric.INVITATIONS_UNANSWERED, e.concludedAt(), e.invitationId(),
                e.organisationId()), facts);
    }

    @Singleton
    EventHandler<CollaborationProjectStarted> projectStarted() {
        return new FactHandler<>(CollaborationProjectStarted.class, (e, env) -> List.of(CityLabFact.on(env.id(),
                env.type(), CityLabMetric.PROJECTS_STARTED, e.origin().name(), e.startedOn(), e.startedAt(),
                e.projectId(), lead(e))), facts);
    }

    /** A completion names no organisation; the writer gives it the one its project started with. */
    @Singleton
    EventHandler<CollaborationProjectCompleted> projectCompleted() {
        return new FactHandler<>(CollaborationProjectCompleted.class, (e, env) -> List.of(CityLabFact.on(env.id(),
                env.type(), CityLabMetric.PROJECTS_COMPLETED, CityLabFact.ALL, e.completedOn(), e.completedAt(),
                e.projectId(), null)), facts);
    }

    private static List<CityLabFact> at(EventEnvelope envelope, CityLabMetric metric, Instant occurredAt,
                                        String aggregateId, @Nullable String organisationId) {
        return List.of(CityLabFact.at(envelope.id(), envelope.type(), metric, CityLabFact.ALL, occurredAt,
                aggregateId, organisationId));
    }

    /**
     * A project's organisation in its facts: the first partner, the proposer it was adopted from (a project counts
     * once, so it cannot stand under each partner).
     */
    private static @Nullable String lead(CollaborationProjectStarted started) {
        return started.partnerOrganisationIds().isEmpty() ? null : started.partnerOrganisationIds().get(0);
    }
}
