package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's registration for a meeting. The table's {@code seq} column (a sequence, not mapped here) orders the
 * waiting list: first come, first promoted.
 */
@MappedEntity("meeting_registration")
public record MeetingRegistration(
        @Id UUID id,
        UUID meetingId,
        String userId,
        String username,
        @Nullable String organisationId,
        RegistrationStatus status,
        Instant registeredAt,
        Instant changedAt,
        boolean attended) {

    public static MeetingRegistration of(UUID meetingId, String userId, String username,
                                         @Nullable String organisationId, RegistrationStatus status, Instant at) {
        return new MeetingRegistration(UUID.randomUUID(), meetingId, userId, username, organisationId, status,
                at, at, false);
    }

    public MeetingRegistration withStatus(RegistrationStatus next, Instant at) {
        return new MeetingRegistration(id, meetingId, userId, username, organisationId, next, registeredAt, at,
                attended);
    }

    public MeetingRegistration markedAttended() {
        return new MeetingRegistration(id, meetingId, userId, username, organisationId, status, registeredAt,
                changedAt, true);
    }
}
