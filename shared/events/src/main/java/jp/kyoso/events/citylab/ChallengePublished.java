package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A challenge is open for proposals until its deadline; the public can read it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.published.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengePublished(
        String challengeId,
        @Nullable String departmentId,
        String title,
        List<String> sdgTargets,
        @Nullable Long budgetYen,
        Instant deadline,
        @Nullable String originIssueId,
        Instant publishedAt,
        String publishedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
