package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.notification.NotificationKind;
import jp.kyoso.cocreation.notification.NotificationService;
import jp.kyoso.cocreation.profile.AuthoredIdea;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Youth policy proposals (中高生リバースメンター / こども会議): the secretariat enrols students and sets themes,
 * students submit ideas, mentors (city staff) comment, and the secretariat records ideas presented to the mayor.
 */
@Singleton
public class YouthProposalService {

    private final YouthParticipantRepository participants;
    private final YouthThemeRepository themes;
    private final YouthIdeaRepository ideas;
    private final YouthIdeaCommentRepository comments;
    private final NotificationService notifications;
    private final Clock clock;

    public YouthProposalService(YouthParticipantRepository participants, YouthThemeRepository themes,
                                YouthIdeaRepository ideas, YouthIdeaCommentRepository comments,
                                NotificationService notifications, Clock clock) {
        this.participants = participants;
        this.themes = themes;
        this.ideas = ideas;
        this.comments = comments;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public YouthParticipant enrol(EnrolYouth enrolment, CurrentUser by) {
        String userId = enrolment.userId().strip();
        if (participants.existsByUserId(userId)) {
            throw new ConflictException("youth.alreadyEnrolled");
        }
        try {
            return participants.save(YouthParticipant.enrol(UUID.randomUUID(), userId, enrolment.nickname().strip(),
                    enrolment.schoolYear(), blankToNull(enrolment.realName()),
                    blankToNull(enrolment.guardianContact()), by.username(), clock.instant()));
        } catch (DataAccessException e) {
            throw new ConflictException("youth.alreadyEnrolled");
        }
    }

    @Transactional(readOnly = true)
    public Page<YouthParticipant> participants(Pageable pageable) {
        return participants.findAll(pageable);
    }

    @Transactional
    public YouthTheme createTheme(String title, String description, CurrentUser by) {
        return themes.save(new YouthTheme(UUID.randomUUID(), title.strip(), description.strip(), true, by.username(),
                clock.instant()));
    }

    @Transactional
    public YouthTheme closeTheme(UUID id) {
        return themes.update(theme(id).closed());
    }

    @Transactional(readOnly = true)
    public Page<YouthTheme> themes(Pageable pageable) {
        return themes.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public YouthTheme theme(UUID id) {
        return themes.findById(id).orElseThrow(() -> new NotFoundException("resource.youthTheme", id));
    }

    /** A student submits an idea; only an enrolled YOUTH account can. */
    @Transactional
    public AuthoredIdea submit(UUID themeId, String title, String body, CurrentUser student) {
        YouthTheme theme = theme(themeId);
        YouthParticipant author = participants.findByUserId(student.userId())
                .orElseThrow(() -> new ForbiddenException("youth.notEnrolled"));
        return authored(ideas.save(YouthIdea.submit(theme, author, title.strip(), body.strip(), clock.instant())));
    }

    @Transactional(readOnly = true)
    public Page<AuthoredIdea> ideas(UUID themeId, Pageable pageable) {
        theme(themeId);
        return ideas.findByThemeId(themeId, pageable).map(this::authored);
    }

    @Transactional(readOnly = true)
    public Page<AuthoredIdea> mine(CurrentUser student, Pageable pageable) {
        YouthParticipant author = participants.findByUserId(student.userId())
                .orElseThrow(() -> new ForbiddenException("youth.notEnrolled"));
        return ideas.findByParticipantId(author.id(), pageable).map(this::authored);
    }

    @Transactional(readOnly = true)
    public AuthoredIdea idea(UUID id) {
        return authored(findIdea(id));
    }

    /** A mentor comments; the student is notified. */
    @Transactional
    public YouthIdeaComment comment(UUID ideaId, String body, CurrentUser mentor) {
        YouthIdea idea = findIdea(ideaId);
        YouthIdeaComment comment = comments.save(new YouthIdeaComment(UUID.randomUUID(), ideaId, mentor.userId(),
                mentor.username(), body.strip(), clock.instant()));
        notifications.notify(authorOf(idea).userId(), NotificationKind.YOUTH_IDEA_COMMENTED,
                NotificationService.YOUTH_IDEA, idea.id().toString(), idea.title());
        return comment;
    }

    /** Comments are a conversation between the student and the mentors: not public. */
    @Transactional(readOnly = true)
    public Page<YouthIdeaComment> comments(UUID ideaId, CurrentUser user, Pageable pageable) {
        YouthIdea idea = findIdea(ideaId);
        boolean mentorOrSecretariat = user.isAnyOf(Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN);
        if (!mentorOrSecretariat && !authorOf(idea).userId().equals(user.userId())) {
            throw new ForbiddenException("youth.commentsPrivate");
        }
        return comments.findByIdeaId(ideaId, pageable);
    }

    /** The secretariat records that the idea was presented to the mayor, with the outcome. */
    @Transactional
    public AuthoredIdea present(UUID ideaId, String outcome, CurrentUser by) {
        Instant now = clock.instant();
        YouthIdea presented;
        try {
            presented = ideas.update(findIdea(ideaId).presented(outcome.strip(), by.username(), now));
        } catch (OptimisticLockException e) {
            throw new ConflictException("youth.alreadyPresented");
        }
        notifications.notify(authorOf(presented).userId(), NotificationKind.YOUTH_IDEA_PRESENTED,
                NotificationService.YOUTH_IDEA, presented.id().toString(), presented.title());
        return authored(presented);
    }

    private YouthIdea findIdea(UUID id) {
        return ideas.findById(id).orElseThrow(() -> new NotFoundException("resource.youthIdea", id));
    }

    private YouthParticipant authorOf(YouthIdea idea) {
        return participants.findById(idea.participantId()).orElseThrow();
    }

    private AuthoredIdea authored(YouthIdea idea) {
        YouthParticipant author = authorOf(idea);
        return new AuthoredIdea(idea, author.nickname(), author.schoolYear());
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
