package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A local issue (地域課題) on the issue board. Once promoted, City Lab's events fill in the challenge drafted from it
 * and, later, the collaboration project that came out of it, so the board shows the outcome.
 */
@MappedEntity("issue")
public record Issue(
        @Id UUID id,
        @Nullable UUID organisationId,
        String authorId,
        String authorName,
        String title,
        String body,
        @TypeDef(type = DataType.STRING_ARRAY) String[] sdgTargets,
        String searchText,
        IssueStatus status,
        @Nullable UUID mergedInto,
        int endorsementCount,
        int commentCount,
        @Nullable UUID departmentId,
        @Nullable Instant promotedAt,
        @Nullable String promotedBy,
        @Nullable UUID challengeId,
        @Nullable String challengeTitle,
        @Nullable Instant challengeDraftedAt,
        @Nullable UUID projectId,
        @Nullable String projectTitle,
        @Nullable LocalDate projectStartedOn,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public static Issue raised(UUID id, UUID organisationId, String authorId, String authorName, String title,
                               String body, List<String> sdgTargets, Instant at) {
        return new Issue(id, organisationId, authorId, authorName, title, body, sdgTargets.toArray(String[]::new),
                searchTextOf(title, body), IssueStatus.OPEN, null, 0, 0, null, null, null, null, null, null, null,
                null, null, at, at, null);
    }

    /** What similarity is measured on: title and body together. */
    public static String searchTextOf(String title, String body) {
        return title + "\n" + body;
    }

    public List<String> sdgTargetList() {
        return List.of(sdgTargets);
    }

    public void requireOpen(String attempted) {
        if (status != IssueStatus.OPEN) {
            throw new IssueTransitionException(status, attempted);
        }
    }

    /** This issue duplicates {@code target}; its endorsements move there (the service does that in the database). */
    public Issue mergeInto(UUID target, Instant at) {
        requireOpen("merge");
        if (target.equals(id)) {
            throw new IllegalArgumentException("an issue cannot be merged into itself");
        }
        return with(IssueStatus.MERGED, target, departmentId, promotedAt, promotedBy, at);
    }

    public Issue promote(@Nullable UUID department, String by, Instant at) {
        requireOpen("promote");
        return with(IssueStatus.PROMOTED, mergedInto, department, at, by, at);
    }

    /** City Lab drafted a challenge from this issue. */
    public Issue linkChallenge(UUID challenge, String title, Instant draftedAt) {
        return new Issue(id, organisationId, authorId, authorName, this.title, body, sdgTargets, searchText, status,
                mergedInto, endorsementCount, commentCount, departmentId, promotedAt, promotedBy, challenge, title,
                draftedAt, projectId, projectTitle, projectStartedOn, createdAt, draftedAt, version);
    }

    /** A collaboration project started from this issue's challenge: the outcome the board shows. */
    public Issue recordOutcome(UUID project, String title, LocalDate startedOn, Instant at) {
        return new Issue(id, organisationId, authorId, authorName, this.title, body, sdgTargets, searchText, status,
                mergedInto, endorsementCount, commentCount, departmentId, promotedAt, promotedBy, challengeId,
                challengeTitle, challengeDraftedAt, project, title, startedOn, createdAt, at, version);
    }

    private Issue with(IssueStatus next, @Nullable UUID merged, @Nullable UUID department, @Nullable Instant promoted,
                       @Nullable String by, Instant at) {
        return new Issue(id, organisationId, authorId, authorName, title, body, sdgTargets, searchText, next, merged,
                endorsementCount, commentCount, department, promoted, by, challengeId, challengeTitle,
                challengeDraftedAt, projectId, projectTitle, projectStartedOn, createdAt, at, version);
    }
}
