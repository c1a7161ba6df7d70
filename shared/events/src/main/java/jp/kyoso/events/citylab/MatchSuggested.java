package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * When a challenge is published, concierge matching suggests member organisations whose seeds fit it, with why:
 * the shared SDG targets and the text similarity (percent) of the best seed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.match.suggested.v1", topic = Topics.CITYLAB_CHALLENGE)
public record MatchSuggested(
        String challengeId,
        String organisationId,
        int rank,
        String seedId,
        List<String> sharedTargets,
        int textSimilarityPercent,
        Instant suggestedAt) implements DomainEvent {

    /** Keyed by the challenge so that its suggestions stay in order with its other events. */
    @Override
    public String aggregateId() {
        return challengeId;
    }
}
