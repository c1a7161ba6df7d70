package jp.kyoso.cocreation.timeline;

import static jp.kyoso.cocreation.timeline.SubjectType.APPLICATION;
import static jp.kyoso.cocreation.timeline.SubjectType.CALL;
import static jp.kyoso.cocreation.timeline.SubjectType.CHALLENGE;
import static jp.kyoso.cocreation.timeline.SubjectType.DECLARATION;
import static jp.kyoso.cocreation.timeline.SubjectType.EXPERIMENT;
import static jp.kyoso.cocreation.timeline.SubjectType.ISSUE;
import static jp.kyoso.cocreation.timeline.SubjectType.ORGANISATION;
import static jp.kyoso.cocreation.timeline.SubjectType.OWN_DECLARATION;
import static jp.kyoso.cocreation.timeline.SubjectType.PROJECT;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

/**
 * Which timeline entries an event makes, for which organisations. Public entries are what the city would publish
 * anyway (an adopted proposal, a registered declaration, a grant); decisions against an organisation and its
 * unfinished business (submitted, declined, returned, rejected) stay between it and the secretariat.
 */
public final class TimelineEntries {

    /** The events the timeline reads; the projection subscribes to exactly these. */
    public static final List<Class<? extends DomainEvent>> EVENTS = List.of(OrganisationApproved.class,
            IssueRaised.class, IssuePromotedToChallenge.class, ChallengeDrafted.class, ChallengePublished.class,
            ProposalSubmitted.class, ProposalShortlisted.class, ProposalAdopted.class, ProposalDeclined.class,
            ExperimentAgreed.class, ExperimentDeclined.class, CollaborationProjectStarted.class,
            CollaborationProjectCompleted.class, DeclarationReturned.class, DeclarationRegistered.class,
            DeclarationReportOverdue.class, DeclarationLapsed.class, DeclarationRevoked.class,
            ApplicationSubmitted.class, ApplicationScreened.class, ApplicationAwarded.class,
            ApplicationRejected.class, GrantDisbursed.class, ResolutionRecorded.class);

    private TimelineEntries() {
    }

    public static List<TimelineEntry> of(DomainEvent event, String eventId, TimelineLookups lookups) {
        if (event instanceof OrganisationApproved e) {
            return one(e.organisationId(), eventId, TimelineKind.JOINED, ORGANISATION, e.organisationId(), e.name(),
                    true, e.approvedAt());
        }
        if (event instanceof IssueRaised e) {
            return e.organisationId() == null ? List.of() : one(e.organisationId(), eventId,
                    TimelineKind.ISSUE_RAISED, ISSUE, e.issueId(), e.title(), true, e.raisedAt());
        }
        if (event instanceof IssuePromotedToChallenge e) {
            return lookups.issueOrganisation(e.issueId()).map(org -> one(org, eventId, TimelineKind.ISSUE_PROMOTED,
                    ISSUE, e.issueId(), e.title(), true, e.promotedAt())).orElse(List.of());
        }
        if (event instanceof ChallengeDrafted e) {
            // A draft is the city's internal work until it is published.
            return fromIssue(e.originIssueId(), lookups, eventId, TimelineKind.CHALLENGE_DRAFTED, e.challengeId(),
                    e.title(), false, e.draftedAt());
        }
        if (event instanceof ChallengePublished e) {
            return fromIssue(e.originIssueId(), lookups, eventId, TimelineKind.CHALLENGE_PUBLISHED, e.challengeId(),
                    e.title(), true, e.publishedAt());
        }
        if (event instanceof ProposalSubmitted e) {
            return one(e.organisationId(), eventId, TimelineKind.PROPOSAL_SUBMITTED, CHALLENGE, e.challengeId(),
                    e.title(), false, e.submittedAt());
        }
        if (event instanceof ProposalShortlisted e) {
            return one(e.organisationId(), eventId, TimelineKind.PROPOSAL_SHORTLISTED, CHALLENGE, e.challengeId(),
                    "", false, e.shortlistedAt());
        }
        if (event instanceof ProposalAdopted e) {
            return one(e.organisationId(), eventId, TimelineKind.PROPOSAL_ADOPTED, CHALLENGE, e.challengeId(),
                    e.title(), true, e.adoptedAt());
        }
        if (event instanceof ProposalDeclined e) {
            return one(e.organisationId(), eventId, TimelineKind.PROPOSAL_DECLINED, CHALLENGE, e.challengeId(),
                    e.reason(), false, e.declinedAt());
        }
        if (event instanceof ExperimentAgreed e) {
            return one(e.organisationId(), eventId, TimelineKind.EXPERIMENT_AGREED, EXPERIMENT, e.experimentId(),
                    e.title(), true, e.agreedAt());
        }
        if (event instanceof ExperimentDeclined e) {
            // Events written before the field existed name no organisation: nobody's timeline gets them.
            return e.organisationId() == null ? List.of() : one(e.organisationId(), eventId,
                    TimelineKind.EXPERIMENT_DECLINED, EXPERIMENT, e.experimentId(), e.reason(), false,
                    e.declinedAt());
        }
        if (event instanceof CollaborationProjectStarted e) {
            return e.partnerOrganisationIds().stream().distinct().map(org -> TimelineEntry.of(org, eventId,
                    TimelineKind.PROJECT_STARTED, PROJECT, e.projectId(), e.title(), true, e.startedAt())).toList();
        }
        if (event instanceof CollaborationProjectCompleted e) {
            return lookups.projectStarts(e.projectId()).stream().map(start -> TimelineEntry.of(
                    start.organisationId().toString(), eventId, TimelineKind.PROJECT_COMPLETED, PROJECT,
                    e.projectId(), start.title(), true, e.completedAt())).toList();
        }
        return declarationOrFund(event, eventId);
    }

    private static List<TimelineEntry> declarationOrFund(DomainEvent event, String eventId) {
        if (event instanceof DeclarationReturned e) {
            return one(e.organisationId(), eventId, TimelineKind.DECLARATION_RETURNED, OWN_DECLARATION,
                    e.declarationId(), e.comment(), false, e.returnedAt());
        }
        if (event instanceof DeclarationRegistered e) {
            return one(e.organisationId(), eventId, TimelineKind.DECLARATION_REGISTERED, DECLARATION,
                    e.declarationId(), e.registrationNumber(), true, e.registeredAt());
        }
        if (event instanceof DeclarationReportOverdue e) {
            return one(e.organisationId(), eventId, TimelineKind.DECLARATION_REPORT_OVERDUE, OWN_DECLARATION,
                    e.declarationId(), e.registrationNumber(), false, e.flaggedAt());
        }
        if (event instanceof DeclarationLapsed e) {
            return one(e.organisationId(), eventId, TimelineKind.DECLARATION_LAPSED, DECLARATION, e.declarationId(),
                    "", true, e.lapsedAt());
        }
        if (event instanceof DeclarationRevoked e) {
            return one(e.organisationId(), eventId, TimelineKind.DECLARATION_REVOKED, DECLARATION,
                    e.declarationId(), e.publicReason(), true, e.revokedAt());
        }
        if (event instanceof ApplicationSubmitted e && e.continuesProjectId() != null) {
            // The application grows from a collaboration project: the entry links back to it, joining the story.
            return one(e.organisationId(), eventId, TimelineKind.APPLICATION_SUBMITTED_CONTINUING, PROJECT,
                    e.continuesProjectId(), e.title(), false, e.submittedAt());
        }
        if (event instanceof ApplicationSubmitted e) {
            return one(e.organisationId(), eventId, TimelineKind.APPLICATION_SUBMITTED, APPLICATION,
                    e.applicationId(), e.title(), false, e.submittedAt());
        }
        if (event instanceof ApplicationScreened e) {
            return one(e.organisationId(), eventId, e.eligible() ? TimelineKind.APPLICATION_ELIGIBLE
                    : TimelineKind.APPLICATION_INELIGIBLE, APPLICATION, e.applicationId(),
                    String.join(", ", e.reasons()), false, e.screenedAt());
        }
        if (event instanceof ApplicationAwarded e) {
            return one(e.organisationId(), eventId, TimelineKind.APPLICATION_AWARDED, APPLICATION,
                    e.applicationId(), yen(e.awardedYen()), true, e.decidedAt());
        }
        if (event instanceof ApplicationRejected e) {
            return one(e.organisationId(), eventId, TimelineKind.APPLICATION_REJECTED, APPLICATION,
                    e.applicationId(), e.reason(), false, e.decidedAt());
        }
        if (event instanceof GrantDisbursed e) {
            return one(e.organisationId(), eventId, TimelineKind.GRANT_PAID, APPLICATION, e.applicationId(),
                    yen(e.amountYen()), true, e.paidAt());
        }
        if (event instanceof ResolutionRecorded e) {
            // The resolution is public with its call, but that an organisation applied to the call is not.
            return e.applicantOrganisationIds().stream().distinct().map(org -> TimelineEntry.of(org, eventId,
                    TimelineKind.COMMITTEE_RESOLUTION, CALL, e.callId(), e.callTitle(), false, e.recordedAt()))
                    .toList();
        }
        return List.of();
    }

    private static List<TimelineEntry> fromIssue(String originIssueId, TimelineLookups lookups, String eventId,
                                                 TimelineKind kind, String challengeId, String title,
                                                 boolean publicEntry, Instant at) {
        if (originIssueId == null) {
            return List.of();
        }
        return lookups.issueOrganisation(originIssueId).map(org -> one(org, eventId, kind, CHALLENGE, challengeId,
                title, publicEntry, at)).orElse(List.of());
    }

    private static List<TimelineEntry> one(String organisationId, String eventId, TimelineKind kind,
                                           SubjectType subjectType, String subjectId, String title,
                                           boolean publicEntry, Instant at) {
        return List.of(TimelineEntry.of(organisationId, eventId, kind, subjectType, subjectId, title, publicEntry,
                at));
    }

    private static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }
}
