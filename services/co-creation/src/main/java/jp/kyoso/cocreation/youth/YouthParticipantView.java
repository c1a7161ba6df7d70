package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant as the secretariat (and only the secretariat) sees them, including the private fields.
 *
 * @param erasedAt when the participant was erased (the nickname is then the pseudonym); null otherwise
 */
@Serdeable
public record YouthParticipantView(UUID id, String userId, String nickname, SchoolYear schoolYear,
                                   @Nullable String realName, @Nullable String guardianContact, Instant createdAt,
                                   @Nullable Instant erasedAt) {

    static YouthParticipantView of(YouthParticipant p) {
        return new YouthParticipantView(p.id(), p.userId(), p.nickname(), p.schoolYear(), p.realName(),
                p.guardianContact(), p.createdAt(), p.erasedAt());
    }
}
