package jp.kyoso.cocreation.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.cocreation.notification.NotificationKind;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ExperimentDeclined;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.ApplicationScreened;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ResolutionRecorded;
import org.junit.jupiter.api.Test;

/** Which entries each event makes, for whom, public or not, and where they link (no database, no broker). */
class TimelineEntriesTest {

    private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    private static final String ORG = UUID.randomUUID().toString();
    private static final String PARTNER = UUID.randomUUID().toString();
    private static final String ISSUE = UUID.randomUUID().toString();
    private static final String CHALLENGE = UUID.randomUUID().toString();
    private static final String PROJECT = UUID.randomUUID().toString();

    /** The issue was raised by ORG; the project started with ORG and PARTNER. */
    private final TimelineLookups lookups = new TimelineLookups() {
        @Override
        public Optional<String> issueOrganisation(String issueId) {
            return Optional.of(ORG).filter(org -> issueId.equals(ISSUE));
        }

        @Override
        public List<TimelineEntry> projectStarts(String projectId) {
            return projectId.equals(PROJECT) ? List.of(
                    TimelineEntry.of(ORG, "e0", TimelineKind.PROJECT_STARTED, SubjectType.PROJECT, PROJECT,
                            "見守り協働事業", true, AT),
                    TimelineEntry.of(PARTNER, "e0", TimelineKind.PROJECT_STARTED, SubjectType.PROJECT, PROJECT,
                            "見守り協働事業", true, AT)) : List.of();
        }
    };

    @Test
    void theIssuesStoryReachesItsOrganisationThroughTheIssue() {
        TimelineEntry raised = single(new IssueRaised(ISSUE, ORG, "高齢者の見守り", List.of("3.8"), IssueSource.MEMBER,
                AT));
        TimelineEntry promoted = single(new IssuePromotedToChallenge(ISSUE, "高齢者の見守り", "説明", List.of("3.8"),
                null, "secretariat", AT));
        TimelineEntry drafted = single(new ChallengeDrafted(CHALLENGE, null, "見守りの募集", List.of("3.8"), ISSUE, AT));
        TimelineEntry published = single(new ChallengePublished(CHALLENGE, null, "見守りの募集", List.of("3.8"), null,
                AT, ISSUE, AT, "secretariat"));

        assertEquals(List.of(TimelineKind.ISSUE_RAISED, TimelineKind.ISSUE_PROMOTED, TimelineKind.CHALLENGE_DRAFTED,
                TimelineKind.CHALLENGE_PUBLISHED), List.of(raised.kind(), promoted.kind(), drafted.kind(),
                published.kind()));
        assertEquals("#/issues/" + ISSUE, raised.link());
        assertEquals("#/citylab/challenges/" + CHALLENGE, published.link());
        assertTrue(published.publicEntry());
        assertFalse(drafted.publicEntry(), "a draft is the city's internal work");
        assertTrue(List.of(raised, promoted, drafted, published).stream()
                .allMatch(e -> e.organisationId().toString().equals(ORG)));
    }

    @Test
    void eventsWithoutAnOrganisationOfTheirOwnMakeNoEntries() {
        assertTrue(entries(new IssueRaised(ISSUE, null, "会議から", List.of(), IssueSource.MEETING, AT)).isEmpty());
        assertTrue(entries(new ChallengeDrafted(CHALLENGE, null, "部署の課題", List.of(), null, AT)).isEmpty());
        assertTrue(entries(new ChallengeDrafted(CHALLENGE, null, "他の課題", List.of(),
                UUID.randomUUID().toString(), AT)).isEmpty(), "an issue no member organisation raised");
        assertTrue(entries(new ExperimentDeclined(UUID.randomUUID().toString(), PARTNER, "工事中", AT, "staff", null))
                .isEmpty(), "declined before the event named the organisation");
    }

    @Test
    void aProjectIsOnEveryPartnersTimelineAndItsCompletionReachesThePartnersItStartedWith() {
        List<TimelineEntry> started = entries(new CollaborationProjectStarted(PROJECT, ProjectOrigin.CHALLENGE,
                CHALLENGE, null, ISSUE, "見守り協働事業", List.of(ORG, PARTNER, ORG), null, List.of("3.8"),
                LocalDate.of(2026, 4, 1), AT));
        List<TimelineEntry> completed = entries(new CollaborationProjectCompleted(PROJECT, "報告", LocalDate.of(2027,
                3, 31), AT, "staff"));

        assertEquals(List.of(ORG, PARTNER), started.stream().map(e -> e.organisationId().toString()).toList());
        assertEquals(List.of(ORG, PARTNER), completed.stream().map(e -> e.organisationId().toString()).toList());
        assertTrue(completed.stream().allMatch(e -> e.title().equals("見守り協働事業")
                && e.link().equals("#/citylab/projects/" + PROJECT) && e.publicEntry()));
    }

    @Test
    void decisionsAgainstAnOrganisationStayPrivateAndEveryOutcomeIsANotificationKind() {
        Map<DomainEvent, TimelineKind> privateOutcomes = Map.of(
                new ProposalDeclined(UUID.randomUUID().toString(), CHALLENGE, ORG, "予算超過", AT, "staff"),
                TimelineKind.PROPOSAL_DECLINED,
                new DeclarationReturned(UUID.randomUUID().toString(), ORG, "目標を具体的に", AT, "secretariat"),
                TimelineKind.DECLARATION_RETURNED,
                new ApplicationRejected(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ORG, "効果が不明",
                        AT, "secretariat"), TimelineKind.APPLICATION_REJECTED,
                new ApplicationScreened(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ORG, false,
                        List.of("補助率超過"), AT), TimelineKind.APPLICATION_INELIGIBLE);
        privateOutcomes.forEach((event, kind) -> {
            TimelineEntry entry = single(event);
            assertEquals(kind, entry.kind());
            assertFalse(entry.publicEntry(), kind.name());
            assertTrue(kind.notifies(), kind.name());
        });
        TimelineEntry awarded = single(new ApplicationAwarded(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), ORG, 1_500_000, 2_000_000, 1, null, AT, "secretariat"));
        assertTrue(awarded.publicEntry());
        assertEquals("1,500,000円", awarded.title());
        assertEquals("#/fund/mine", awarded.link());
        TimelineEntry continuing = single(new ApplicationSubmitted(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), ORG, "見守りの拡大", List.of("3.8"), 1_500_000, 1_000_000, AT, PROJECT));
        assertEquals(TimelineKind.APPLICATION_SUBMITTED_CONTINUING, continuing.kind());
        assertEquals("#/citylab/projects/" + PROJECT, continuing.link(), "the grant's story links back to the project");
        assertFalse(continuing.publicEntry());
        for (TimelineKind kind : TimelineKind.values()) {
            if (kind.notifies()) {
                assertEquals(kind.name(), NotificationKind.valueOf(kind.name()).name());
            }
        }
    }

    @Test
    void aResolutionIsOnEachApplicantsTimelineOnceLinkingToTheCallAndStaysPrivate() {
        String call = UUID.randomUUID().toString();
        List<TimelineEntry> found = entries(new ResolutionRecorded(UUID.randomUUID().toString(), call,
                "2026年度 公募", LocalDate.of(2026, 7, 1), List.of("品川 一郎"), "審査に進める。",
                List.of(ORG, PARTNER, ORG), AT, "secretariat"));

        assertEquals(List.of(UUID.fromString(ORG), UUID.fromString(PARTNER)),
                found.stream().map(TimelineEntry::organisationId).toList());
        assertTrue(found.stream().allMatch(e -> e.kind() == TimelineKind.COMMITTEE_RESOLUTION
                && e.link().equals("#/fund/calls/" + call) && e.title().equals("2026年度 公募") && !e.publicEntry()
                && e.occurredAt().equals(AT)));
        assertEquals(List.of(), entries(new ResolutionRecorded(UUID.randomUUID().toString(), call, "2026年度 公募",
                LocalDate.of(2026, 4, 1), List.of("品川 一郎"), "募集要項を承認する。", List.of(), AT, "secretariat")),
                "a resolution before any application concerns no organisation yet");
    }

    private TimelineEntry single(DomainEvent event) {
        List<TimelineEntry> found = entries(event);
        assertEquals(1, found.size(), event.toString());
        return found.get(0);
    }

    private List<TimelineEntry> entries(DomainEvent event) {
        return TimelineEntries.of(event, UUID.randomUUID().toString(), lookups);
    }
}
