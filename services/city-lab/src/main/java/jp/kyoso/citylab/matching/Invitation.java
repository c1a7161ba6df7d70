package jp.kyoso.citylab.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.citylab.shared.TransitionException;

/** The secretariat's invitation to an organisation to propose to a published challenge (concierge matching). */
@MappedEntity("invitation")
public record Invitation(
        @Id UUID id,
        UUID challengeId,
        UUID organisationId,
        @Nullable UUID seedId,
        InvitationStatus status,
        @Nullable UUID proposalId,
        Instant sentAt,
        String sentBy,
        @Nullable Instant concludedAt) {

    public static Invitation sent(UUID id, UUID challengeId, UUID organisationId, @Nullable UUID seedId, String by,
                                  Instant at) {
        return new Invitation(id, challengeId, organisationId, seedId, InvitationStatus.SENT, null, at, by, null);
    }

    public Invitation proposed(UUID proposal, Instant at) {
        requireSent("conclude");
        return new Invitation(id, challengeId, organisationId, seedId, InvitationStatus.PROPOSED, proposal, sentAt,
                sentBy, at);
    }

    public Invitation unanswered(Instant at) {
        requireSent("conclude");
        return new Invitation(id, challengeId, organisationId, seedId, InvitationStatus.NO_PROPOSAL, null, sentAt,
                sentBy, at);
    }

    private void requireSent(String attempted) {
        if (status != InvitationStatus.SENT) {
            throw new TransitionException(status, attempted);
        }
    }
}
