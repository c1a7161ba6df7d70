package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An issue on the board with its endorsements, comments and, once promoted, its City Lab challenge and outcome. */
@Serdeable
public record IssueView(
        UUID id,
        UUID organisationId,
        String authorName,
        String title,
        String body,
        List<String> sdgTargets,
        IssueStatus status,
        @Nullable UUID mergedIntoIssueId,
        int endorsementCount,
        int commentCount,
        @Nullable Instant promotedAt,
        @Nullable Challenge challenge,
        @Nullable Outcome outcome,
        Instant createdAt) {

    static IssueView of(Issue issue) {
        return new IssueView(issue.id(), issue.organisationId(), issue.authorName(), issue.title(), issue.body(),
                issue.sdgTargetList(), issue.status(), issue.mergedInto(), issue.endorsementCount(),
                issue.commentCount(), issue.promotedAt(),
                issue.challengeId() == null ? null
                        : new Challenge(issue.challengeId(), issue.challengeTitle(), issue.challengeDraftedAt()),
                issue.projectId() == null ? null
                        : new Outcome(issue.projectId(), issue.projectTitle(), issue.projectStartedOn()),
                issue.createdAt());
    }

    /** The City Lab challenge drafted from the issue. */
    @Serdeable
    public record Challenge(UUID challengeId, String title, Instant draftedAt) {
    }

    /** The collaboration project (連携事業) that came out of it. */
    @Serdeable
    public record Outcome(UUID projectId, String title, LocalDate startedOn) {
    }
}
