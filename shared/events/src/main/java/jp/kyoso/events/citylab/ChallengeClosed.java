package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A challenge stopped taking proposals, because its deadline passed or the secretariat closed it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.challenge.closed.v1", topic = Topics.CITYLAB_CHALLENGE)
public record ChallengeClosed(
        String challengeId,
        ClosingReason reason,
        Instant closedAt,
        String closedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return challengeId;
    }
}
