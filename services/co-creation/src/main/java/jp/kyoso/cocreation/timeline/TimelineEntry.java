package jp.kyoso.cocreation.timeline;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to an organisation, learnt from the event {@code eventId}. Non-public entries (a declined
 * proposal, a rejected application…) are shown only to the organisation's people and the secretariat.
 */
@MappedEntity("timeline_entry")
public record TimelineEntry(@Id UUID id, UUID organisationId, String eventId, TimelineKind kind,
                            SubjectType subjectType, String subjectId, String title,
                            @MappedProperty("public_entry") boolean publicEntry, Instant occurredAt) {

    static TimelineEntry of(String organisationId, String eventId, TimelineKind kind, SubjectType subjectType,
                            String subjectId, String title, boolean publicEntry, Instant occurredAt) {
        return new TimelineEntry(UUID.randomUUID(), UUID.fromString(organisationId), eventId, kind, subjectType,
                subjectId, title == null ? "" : title, publicEntry, occurredAt);
    }

    public String link() {
        return subjectType.link(subjectId);
    }
}
