package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * The secretariat judged a local issue ripe for City Lab; city-lab drafts a challenge from it and answers with
 * a {@code ChallengeDrafted} that names the issue, so the issue board can link to it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.issue.promoted.v1", topic = Topics.COCREATION_ISSUE)
public record IssuePromotedToChallenge(
        String issueId,
        String title,
        String description,
        List<String> sdgTargets,
        @Nullable String departmentId,
        String promotedBy,
        Instant promotedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return issueId;
    }
}
