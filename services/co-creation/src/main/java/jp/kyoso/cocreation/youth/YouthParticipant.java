package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.personaldata.Pseudonym;

/**
 * A student in a youth programme, enrolled by the secretariat for a YOUTH account ({@code userId}). A minor: only
 * {@link #nickname} and {@link #schoolYear} may ever be shown publicly; the real name and the guardian's contact are
 * optional and for the secretariat alone.
 *
 * @param erasedAt when the student's personal data was erased ({@link #erasedAs}); null otherwise
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
        Instant createdAt,
        @Nullable Instant erasedAt,
        @Nullable String erasedBy) {

    public static YouthParticipant enrol(UUID id, String userId, String nickname, SchoolYear schoolYear,
                                         @Nullable String realName, @Nullable String guardianContact,
                                         String createdBy, Instant createdAt) {
        return new YouthParticipant(id, userId, nickname, schoolYear, realName, guardianContact, createdBy, createdAt,
                null, null);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /**
     * The participant once erased: known only by {@code pseudonym}, without real name and guardian contact; the
     * account, school year and enrolment date stay, so ideas and counts read the same.
     */
    public YouthParticipant erasedAs(Pseudonym pseudonym, Instant at, String by) {
        return new YouthParticipant(id, userId, pseudonym.name(), schoolYear, null, null, createdBy, createdAt, at,
                by);
    }
}
