package jp.kyoso.cocreation.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * An in-app notification addressed to one person, stored so the portal can list it. The text is rendered from the
 * kind and the subject's title in the reader's language, so nothing language-specific is stored.
 */
@MappedEntity("notification")
public record Notification(
        @Id UUID id,
        String userId,
        NotificationKind kind,
        String subjectType,
        String subjectId,
        String subjectTitle,
        Instant createdAt,
        @Nullable Instant readAt) {

    public static Notification of(String userId, NotificationKind kind, String subjectType, String subjectId,
                                  String subjectTitle, Instant at) {
        return new Notification(UUID.randomUUID(), userId, kind, subjectType, subjectId, subjectTitle, at, null);
    }

    public Notification read(Instant at) {
        return readAt != null ? this
                : new Notification(id, userId, kind, subjectType, subjectId, subjectTitle, createdAt, at);
    }
}
