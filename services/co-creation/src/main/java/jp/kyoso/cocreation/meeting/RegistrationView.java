package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A registration; {@code waitingPosition} is 1 for the next person to be promoted and 0 for a seat. */
@Serdeable
public record RegistrationView(
        UUID id,
        UUID meetingId,
        String userId,
        String username,
        @Nullable String organisationId,
        RegistrationStatus status,
        long waitingPosition,
        boolean attended,
        Instant registeredAt) {

    static RegistrationView of(MeetingService.Registration registration) {
        return of(registration.registration(), registration.waitingPosition());
    }

    static RegistrationView of(MeetingRegistration r, long position) {
        return new RegistrationView(r.id(), r.meetingId(), r.userId(), r.username(), r.organisationId(), r.status(),
                position, r.attended(), r.registeredAt());
    }
}
