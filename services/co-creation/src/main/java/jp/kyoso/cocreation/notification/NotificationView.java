package jp.kyoso.cocreation.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.cocreation.timeline.SubjectType;
import jp.kyoso.web.i18n.Messages;

/** A notification with its text in the reader's language. */
@Serdeable
public record NotificationView(UUID id, NotificationKind kind, String subjectType, String subjectId, String text,
                               Instant createdAt, @Nullable Instant readAt, @Nullable String link) {

    static NotificationView of(Notification n, Messages messages, Locale locale) {
        return new NotificationView(n.id(), n.kind(), n.subjectType(), n.subjectId(),
                messages.get(locale, "notification." + n.kind().name(), n.subjectTitle()), n.createdAt(), n.readAt(),
                SubjectType.linkOf(n.subjectType(), n.subjectId()));
    }
}
