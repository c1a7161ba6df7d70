package jp.kyoso.cocreation.youth;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.cocreation.personaldata.Pseudonym;
import jp.kyoso.events.cocreation.YouthParticipantErased;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Personal data of youth participants (minors): the student or the secretariat exports it, and erases it. Erasure
 * turns the nickname into the {@link Pseudonym} of the participant id and removes real name and guardian contact;
 * the ideas stay, shown under the pseudonym, so theme lists, comments and counts read the same.
 */
@Singleton
public class YouthPersonalDataService {

    private final YouthParticipantRepository participants;
    private final YouthIdeaRepository ideas;
    private final YouthIdeaCommentRepository comments;
    private final YouthThemeRepository themes;
    private final Outbox outbox;
    private final Clock clock;

    public YouthPersonalDataService(YouthParticipantRepository participants, YouthIdeaRepository ideas,
                                    YouthIdeaCommentRepository comments, YouthThemeRepository themes, Outbox outbox,
                                    Clock clock) {
        this.participants = participants;
        this.ideas = ideas;
        this.comments = comments;
        this.themes = themes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public YouthPersonalData export(UUID participantId, CurrentUser caller) {
        YouthParticipant participant = allowed(participantId, caller, "youth.exportNotAllowed");
        List<YouthIdea> submitted = ideas.findByParticipantIdOrderBySubmittedAt(participantId);
        Map<UUID, String> themeTitles = themes.findAll().stream()
                .collect(Collectors.toMap(YouthTheme::id, YouthTheme::title));
        List<YouthPersonalData.Idea> ideaRows = submitted.stream()
                .map(idea -> new YouthPersonalData.Idea(idea.id(), idea.themeId(), themeTitles.get(idea.themeId()),
                        idea.title(), idea.status(), idea.submittedAt(), idea.presentedAt()))
                .toList();
        List<YouthPersonalData.Comment> received = submitted.isEmpty() ? List.of()
                : comments.findByIdeaIdInOrderByCreatedAt(submitted.stream().map(YouthIdea::id).toList()).stream()
                .map(comment -> new YouthPersonalData.Comment(comment.id(), comment.ideaId(), comment.mentorName(),
                        comment.body(), comment.createdAt()))
                .toList();
        return new YouthPersonalData(participant.id(), participant.userId(), participant.nickname(),
                participant.schoolYear(), participant.realName(), participant.guardianContact(),
                participant.createdAt(), participant.erasedAt(), clock.instant(), ideaRows, received);
    }

    /** Erasing again changes nothing and publishes nothing. */
    @Transactional
    public Erasure erase(UUID participantId, CurrentUser caller) {
        YouthParticipant participant = allowed(participantId, caller, "youth.erasureNotAllowed");
        Pseudonym pseudonym = Pseudonym.of(participantId);
        if (participant.erased()) {
            return new Erasure(participantId, pseudonym.name(), false);
        }
        Instant now = clock.instant();
        participants.update(participant.erasedAs(pseudonym, now, caller.userId()));
        outbox.append(new YouthParticipantErased(participantId.toString(), participant.userId(), pseudonym.name(),
                now, caller.userId()));
        return new Erasure(participantId, pseudonym.name(), true);
    }

    /** The student themself, the secretariat or an administrator. */
    private YouthParticipant allowed(UUID participantId, CurrentUser caller, String refusal) {
        YouthParticipant participant = participants.findById(participantId)
                .orElseThrow(() -> new NotFoundException("resource.youthParticipant", participantId));
        boolean self = participant.userId().equals(caller.userId());
        if (!self && !caller.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN)) {
            throw new ForbiddenException(refusal);
        }
        return participant;
    }

    /** @param erasedNow false when the participant had been erased before */
    public record Erasure(UUID participantId, String pseudonym, boolean erasedNow) {
    }
}
