package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.meeting.MeetingRuleException;

/** A student's policy idea on a theme. */
@MappedEntity("youth_idea")
public record YouthIdea(
        @Id UUID id,
        UUID themeId,
        UUID participantId,
        String title,
        String body,
        YouthIdeaStatus status,
        Instant submittedAt,
        @Nullable Instant presentedAt,
        @Nullable String outcome,
        @Nullable String presentedBy,
        @Nullable @Version Long version) {

    public static YouthIdea submit(YouthTheme theme, YouthParticipant author, String title, String body, Instant at) {
        if (!theme.open()) {
            throw new MeetingRuleException("youth.themeClosed");
        }
        return new YouthIdea(UUID.randomUUID(), theme.id(), author.id(), title, body, YouthIdeaStatus.SUBMITTED, at,
                null, null, null, null);
    }

    /** Presented to the mayor once, with what came of it. */
    public YouthIdea presented(String outcome, String by, Instant at) {
        if (status == YouthIdeaStatus.PRESENTED) {
            throw new MeetingRuleException("youth.alreadyPresented");
        }
        return new YouthIdea(id, themeId, participantId, title, body, YouthIdeaStatus.PRESENTED, submittedAt, at,
                outcome, by, version);
    }
}
