package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A local issue (課題) is on the board: posted by a member organisation, or raised from a meeting's action item. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.issue.raised.v1", topic = Topics.COCREATION_ISSUE)
public record IssueRaised(
        String issueId,
        @Nullable String organisationId,
        String title,
        List<String> sdgTargets,
        IssueSource source,
        Instant raisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return issueId;
    }
}
