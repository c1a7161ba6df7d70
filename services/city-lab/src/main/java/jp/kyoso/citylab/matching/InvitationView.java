package jp.kyoso.citylab.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An invitation and its outcome so far. */
@Serdeable
public record InvitationView(UUID id, UUID challengeId, UUID organisationId, @Nullable UUID seedId,
                             InvitationStatus status, @Nullable UUID proposalId, Instant sentAt, String sentBy,
                             @Nullable Instant concludedAt) {

    static InvitationView of(Invitation i) {
        return new InvitationView(i.id(), i.challengeId(), i.organisationId(), i.seedId(), i.status(),
                i.proposalId(), i.sentAt(), i.sentBy(), i.concludedAt());
    }
}
