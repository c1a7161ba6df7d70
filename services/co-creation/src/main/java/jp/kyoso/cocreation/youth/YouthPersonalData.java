package jp.kyoso.cocreation.youth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything co-creation holds about one youth participant, for the student's (or the secretariat's) export: the
 * enrolment with its private fields, every idea the student submitted and every mentor comment they received.
 *
 * @param erasedAt when the participant was erased (the nickname is then the pseudonym); null otherwise
 */
public record YouthPersonalData(UUID participantId, String userId, String nickname, SchoolYear schoolYear,
                                String realName, String guardianContact, Instant enrolledAt, Instant erasedAt,
                                Instant exportedAt, List<Idea> ideas, List<Comment> commentsReceived) {

    /** One idea the student submitted, with the theme it answers. */
    public record Idea(UUID ideaId, UUID themeId, String themeTitle, String title, YouthIdeaStatus status,
                       Instant submittedAt, Instant presentedAt) {
    }

    /** A mentor's comment on one of the student's ideas. */
    public record Comment(UUID commentId, UUID ideaId, String mentorName, String body, Instant createdAt) {
    }
}
