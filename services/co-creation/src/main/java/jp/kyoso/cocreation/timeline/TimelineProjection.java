package jp.kyoso.cocreation.timeline;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.cocreation.issue.Issue;
import jp.kyoso.cocreation.issue.IssueRepository;
import jp.kyoso.cocreation.membership.MembershipRepository;
import jp.kyoso.cocreation.membership.MembershipStatus;
import jp.kyoso.cocreation.notification.NotificationKind;
import jp.kyoso.cocreation.notification.NotificationService;
import jp.kyoso.events.DomainEvent;

/**
 * Writes the timeline entries an event makes and, for outcomes, tells the organisation's active roster in their
 * inbox. An entry already there (same organisation and event) is skipped together with its notifications, so a
 * redelivered or replayed event changes nothing.
 */
@Singleton
public class TimelineProjection implements TimelineLookups {

    private final TimelineRepository entries;
    private final NewTimelineEntries newEntries;
    private final IssueRepository issues;
    private final MembershipRepository rosters;
    private final NotificationService notifications;

    TimelineProjection(TimelineRepository entries, NewTimelineEntries newEntries, IssueRepository issues,
                       MembershipRepository rosters, NotificationService notifications) {
        this.entries = entries;
        this.newEntries = newEntries;
        this.issues = issues;
        this.rosters = rosters;
        this.notifications = notifications;
    }

    /** Events that arrived together, in their order: their entries are written with one statement. */
    @Transactional
    public void projectAll(List<Projected> events) {
        List<TimelineEntry> made = new ArrayList<>();
        for (Projected projected : events) {
            made.addAll(TimelineEntries.of(projected.event(), projected.eventId(), this));
        }
        for (TimelineEntry written : newEntries.insertAbsent(made)) {
            if (written.kind().notifies()) {
                notifyRoster(written);
            }
        }
    }

    /**
     * An event to project and the id it came with.
     *
     * @param event the event
     * @param eventId its CloudEvent id, one timeline entry per organisation and id
     */
    public record Projected(DomainEvent event, String eventId) {
    }

    private void notifyRoster(TimelineEntry entry) {
        NotificationKind kind = NotificationKind.valueOf(entry.kind().name());
        rosters.findByOrganisationIdAndStatus(entry.organisationId(), MembershipStatus.ACTIVE, Pageable.UNPAGED)
                .getContent().stream().filter(member -> member.userId() != null)
                .forEach(member -> notifications.notify(member.userId(), kind, entry.subjectType().name(),
                        entry.subjectId(), entry.title()));
    }

    @Override
    public Optional<String> issueOrganisation(String issueId) {
        return issues.findById(UUID.fromString(issueId)).map(Issue::organisationId).map(UUID::toString);
    }

    @Override
    public List<TimelineEntry> projectStarts(String projectId) {
        return entries.findBySubjectTypeAndSubjectIdAndKind(SubjectType.PROJECT, projectId,
                TimelineKind.PROJECT_STARTED);
    }
}
