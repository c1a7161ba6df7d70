package jp.kyoso.events.cocreation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A person's daily digest was written: what happened on the Tokyo day {@code digestDate} to the working groups and
 * meetings they follow. Names the person by user id only; the portal mails it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.cocreation.digest.compiled.v1", topic = Topics.COCREATION_DIGEST)
public record DigestCompiled(
        String digestId,
        String userId,
        LocalDate digestDate,
        List<Entry> entries,
        Instant compiledAt) implements DomainEvent {

    public DigestCompiled {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One thing that happened: its kind ({@code MEETING_SCHEDULED}, {@code MINUTES_APPROVED}, ...) and title. */
    @Serdeable
    public record Entry(String kind, String title, Instant occurredAt) {
    }

    /** Keyed by the person, so one person's digests stay in order. */
    @Override
    public String aggregateId() {
        return userId;
    }
}
