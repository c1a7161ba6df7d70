package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/** A member published (or republished after editing) a solution or technology; City Lab matches it to needs. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.seed.published.v1", topic = Topics.COCREATION_SEED)
public record SeedPublished(
        String seedId,
        String organisationId,
        String title,
        String description,
        // Always written, even empty: the schema requires both, and serde leaves empty lists out by default.
        List<String> sdgTargets,
        List<String> keywords,
        Instant publishedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return seedId;
    }
}
