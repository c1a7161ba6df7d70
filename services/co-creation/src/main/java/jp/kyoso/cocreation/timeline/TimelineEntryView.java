package jp.kyoso.cocreation.timeline;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;
import jp.kyoso.web.i18n.Messages;

/** One timeline entry with its text in the reader's language and the portal link to the thing's page. */
@Serdeable
public record TimelineEntryView(TimelineKind kind, String text, String title, SubjectType subjectType,
                                String subjectId, String link, boolean publicEntry, Instant occurredAt) {

    static TimelineEntryView of(TimelineEntry entry, Messages messages, Locale locale) {
        return new TimelineEntryView(entry.kind(), messages.get(locale, "timeline." + entry.kind().name(),
                entry.title()), entry.title(), entry.subjectType(), entry.subjectId(), entry.link(),
                entry.publicEntry(), entry.occurredAt());
    }
}
