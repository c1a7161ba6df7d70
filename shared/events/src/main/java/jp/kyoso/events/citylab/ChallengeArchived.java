package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A closed challenge was archived; it stays readable but is no longer listed by default. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.archived.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeArchived(
        String challengeId,
        Instant archivedAt,
        String archivedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
