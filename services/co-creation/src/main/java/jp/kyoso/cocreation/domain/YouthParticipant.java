package jp.kyoso.cocreation.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A student in a youth programme, enrolled by the secretariat for a YOUTH account ({@code userId}). A minor: only
 * {@link #nickname} and {@link #schoolYear} may ever be shown publicly; the real name and the guardian's contact are
 * optional and for the secretariat alone.
 */
@MappedEntity("youth_participant")
public record YouthParticipant(
        @Id UUID id,
        String userId,
        String nickname,
        SchoolYear schoolYear,
        @Nullable String realName,
        @Nullable String guardianContact,
        String createdBy,
        Instant createdAt) {
}
