package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.profile.AuthoredIdea;

/**
 * An idea as anyone may see it: the author appears only as nickname and school year (built from
 * {@link AuthoredIdea}, which carries nothing else about them).
 */
@Serdeable
public record YouthIdeaView(UUID id, UUID themeId, String title, String body, String authorNickname,
                            SchoolYear authorSchoolYear, String authorSchoolYearLabel, YouthIdeaStatus status,
                            Instant submittedAt, @Nullable Instant presentedAt, @Nullable String outcome) {

    static YouthIdeaView of(AuthoredIdea authored, boolean english) {
        YouthIdea idea = authored.idea();
        return new YouthIdeaView(idea.id(), idea.themeId(), idea.title(), idea.body(), authored.nickname(),
                authored.schoolYear(), authored.schoolYear().label(english), idea.status(), idea.submittedAt(),
                idea.presentedAt(), idea.outcome());
    }
}
