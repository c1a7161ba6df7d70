package jp.kyoso.cocreation.timeline;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ExperimentAgreed;
import jp.kyoso.events.citylab.ExperimentDeclined;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalShortlisted;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationReportOverdue;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.ApplicationScreened;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.events.fund.ResolutionRecorded;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * Subscribes the timeline to every event it reads ({@link TimelineEntries#EVENTS}), through the inbox: one handler
 * bean per event type, next to whatever else the service does with the same event.
 */
@Factory
public class TimelineHandlers {

    @Singleton
    EventHandler<ChallengeDrafted> challengeDrafted(TimelineProjection projection) {
        return handler(ChallengeDrafted.class, projection);
    }

    @Singleton
    EventHandler<ChallengePublished> challengePublished(TimelineProjection projection) {
        return handler(ChallengePublished.class, projection);
    }

    @Singleton
    EventHandler<CollaborationProjectCompleted> collaborationProjectCompleted(TimelineProjection projection) {
        return handler(CollaborationProjectCompleted.class, projection);
    }

    @Singleton
    EventHandler<CollaborationProjectStarted> collaborationProjectStarted(TimelineProjection projection) {
        return handler(CollaborationProjectStarted.class, projection);
    }

    @Singleton
    EventHandler<ExperimentAgreed> experimentAgreed(TimelineProjection projection) {
        return handler(ExperimentAgreed.class, projection);
    }

    @Singleton
    EventHandler<ExperimentDeclined> experimentDeclined(TimelineProjection projection) {
        return handler(ExperimentDeclined.class, projection);
    }

    @Singleton
    EventHandler<ProposalAdopted> proposalAdopted(TimelineProjection projection) {
        return handler(ProposalAdopted.class, projection);
    }

    @Singleton
    EventHandler<ProposalDeclined> proposalDeclined(TimelineProjection projection) {
        return handler(ProposalDeclined.class, projection);
    }

    @Singleton
    EventHandler<ProposalShortlisted> proposalShortlisted(TimelineProjection projection) {
        return handler(ProposalShortlisted.class, projection);
    }

    @Singleton
    EventHandler<ProposalSubmitted> proposalSubmitted(TimelineProjection projection) {
        return handler(ProposalSubmitted.class, projection);
    }

    @Singleton
    EventHandler<IssuePromotedToChallenge> issuePromotedToChallenge(TimelineProjection projection) {
        return handler(IssuePromotedToChallenge.class, projection);
    }

    @Singleton
    EventHandler<IssueRaised> issueRaised(TimelineProjection projection) {
        return handler(IssueRaised.class, projection);
    }

    @Singleton
    EventHandler<OrganisationApproved> organisationApproved(TimelineProjection projection) {
        return handler(OrganisationApproved.class, projection);
    }

    @Singleton
    EventHandler<DeclarationLapsed> declarationLapsed(TimelineProjection projection) {
        return handler(DeclarationLapsed.class, projection);
    }

    @Singleton
    EventHandler<DeclarationRegistered> declarationRegistered(TimelineProjection projection) {
        return handler(DeclarationRegistered.class, projection);
    }

    @Singleton
    EventHandler<DeclarationReportOverdue> declarationReportOverdue(TimelineProjection projection) {
        return handler(DeclarationReportOverdue.class, projection);
    }

    @Singleton
    EventHandler<DeclarationReturned> declarationReturned(TimelineProjection projection) {
        return handler(DeclarationReturned.class, projection);
    }

    @Singleton
    EventHandler<DeclarationRevoked> declarationRevoked(TimelineProjection projection) {
        return handler(DeclarationRevoked.class, projection);
    }

    @Singleton
    EventHandler<ApplicationAwarded> applicationAwarded(TimelineProjection projection) {
        return handler(ApplicationAwarded.class, projection);
    }

    @Singleton
    EventHandler<ApplicationRejected> applicationRejected(TimelineProjection projection) {
        return handler(ApplicationRejected.class, projection);
    }

    @Singleton
    EventHandler<ApplicationScreened> applicationScreened(TimelineProjection projection) {
        return handler(ApplicationScreened.class, projection);
    }

    @Singleton
    EventHandler<ApplicationSubmitted> applicationSubmitted(TimelineProjection projection) {
        return handler(ApplicationSubmitted.class, projection);
    }

    @Singleton
    EventHandler<GrantDisbursed> grantDisbursed(TimelineProjection projection) {
        return handler(GrantDisbursed.class, projection);
    }

    @Singleton
    EventHandler<ResolutionRecorded> resolutionRecorded(TimelineProjection projection) {
        return handler(ResolutionRecorded.class, projection);
    }

    /** Events of one type that arrive together go to the projection together: one statement for all their entries. */
    private static <E extends DomainEvent> EventHandler<E> handler(Class<E> type, TimelineProjection projection) {
        return EventHandler.ofAll(type, deliveries -> projection.projectAll(deliveries.stream()
                .map(delivery -> new TimelineProjection.Projected(delivery.event(), delivery.envelope().id()))
                .toList()));
    }
}
