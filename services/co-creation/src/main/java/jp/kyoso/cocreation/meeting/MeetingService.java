package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.cocreation.follow.ActivityKind;
import jp.kyoso.cocreation.follow.ActivityLog;
import jp.kyoso.cocreation.notification.NotificationService;
import jp.kyoso.cocreation.shared.Caller;
import jp.kyoso.cocreation.workinggroup.WorkingGroup;
import jp.kyoso.cocreation.workinggroup.WorkingGroupService;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Meetings and exchange sessions: scheduling, registration with a waiting list, cancellation with promotion in
 * order, and attendance. Every registration change first locks the meeting's row, so two people can never take the
 * last seat at once and promotions happen in waiting-list order.
 */
@Singleton
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingRegistrationRepository registrations;
    private final WorkingGroupService groups;
    private final NotificationService notifications;
    private final ActivityLog activity;
    private final Outbox outbox;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, MeetingRegistrationRepository registrations,
                          WorkingGroupService groups, NotificationService notifications, ActivityLog activity,
                          Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.groups = groups;
        this.notifications = notifications;
        this.activity = activity;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Meeting schedule(ScheduleMeeting form, CurrentUser by) {
        List<FieldErrorKey> errors = new ArrayList<>();
        Instant now = clock.instant();
        Instant startsAt = form.startsAtTokyo().atZone(Meeting.TOKYO).toInstant();
        Instant endsAt = form.endsAtTokyo().atZone(Meeting.TOKYO).toInstant();
        if (!startsAt.isAfter(now)) {
            errors.add(new FieldErrorKey("startsAtTokyo", "Future"));
        }
        if (!endsAt.isAfter(startsAt)) {
            errors.add(new FieldErrorKey("endsAtTokyo", "meeting.endsBeforeStart"));
        }
        if (isBlank(form.place()) && isBlank(form.onlineUrl())) {
            errors.add(new FieldErrorKey("place", "meeting.placeOrLinkRequired"));
        }
        if (form.workingGroupId() != null && !groups.exists(form.workingGroupId())) {
            errors.add(new FieldErrorKey("workingGroupId", "Invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Meeting meeting = meetings.save(new Meeting(UUID.randomUUID(), form.workingGroupId(), form.kind(),
                form.title().strip(), form.agenda().strip(), startsAt, endsAt, blankToNull(form.place()),
                blankToNull(form.onlineUrl()), form.capacity(), MeetingStatus.SCHEDULED, null, null, by.username(),
                now));
        activity.record(meeting, ActivityKind.MEETING_SCHEDULED);
        return meeting;
    }

    @Transactional(readOnly = true)
    public Page<Meeting> visible(@Nullable CurrentUser user, Pageable pageable) {
        return Caller.isSecretariat(user) ? meetings.findAll(pageable)
                : meetings.findVisibleTo(Caller.idOf(user), pageable);
    }

    /** The meeting if the caller may see it: meetings of a private group are "not found" for non-members. */
    @Transactional(readOnly = true)
    public Meeting get(UUID id, @Nullable CurrentUser user) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> notFound(id));
        requireVisible(meeting, user);
        return meeting;
    }

    @Transactional(readOnly = true)
    public Seats seats(UUID meetingId) {
        return new Seats(registrations.countByMeetingIdAndStatus(meetingId, RegistrationStatus.REGISTERED),
                registrations.countByMeetingIdAndStatus(meetingId, RegistrationStatus.WAITLISTED));
    }

    /**
     * Takes a seat, or a place on the waiting list when the meeting is full. Meetings of a closed working group are
     * for its members.
     */
    @Transactional
    public Registration register(UUID meetingId, CurrentUser user) {
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> notFound(meetingId));
        requireVisible(meeting, user);
        Instant now = clock.instant();
        meeting.requireOpenForRegistration(now);
        if (meeting.workingGroupId() != null && !Caller.isSecretariat(user)) {
            WorkingGroup group = groups.get(meeting.workingGroupId(), user);
            if (group.closedMembership() && !groups.isActiveMember(group.id(), user.userId())) {
                throw new ForbiddenException("meeting.groupMembersOnly");
            }
        }
        if (registrations.findLive(meetingId, user.userId()).isPresent()) {
            throw new ConflictException("meeting.alreadyRegistered");
        }
        RegistrationStatus status = meeting.seatFor(
                registrations.countByMeetingIdAndStatus(meetingId, RegistrationStatus.REGISTERED));
        MeetingRegistration registration;
        try {
            registration = registrations.save(MeetingRegistration.of(meetingId, user.userId(), user.username(),
                    user.organisationId(), status, now));
        } catch (DataAccessException e) {
            throw new ConflictException("meeting.alreadyRegistered");
        }
        notifications.registered(registration, meeting);
        return registrationOf(registration);
    }

    /** Cancels the caller's registration; a freed seat goes to the first person on the waiting list. */
    @Transactional
    public void cancelRegistration(UUID meetingId, CurrentUser user) {
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> notFound(meetingId));
        requireVisible(meeting, user);
        Instant now = clock.instant();
        meeting.requireOpenForRegistration(now);
        MeetingRegistration registration = registrations.findLive(meetingId, user.userId())
                .orElseThrow(() -> new ConflictException("meeting.notRegistered"));
        registrations.update(registration.withStatus(RegistrationStatus.CANCELLED, now));
        if (registration.status() == RegistrationStatus.REGISTERED) {
            registrations.findFirstWaiting(meetingId).ifPresent(next -> {
                MeetingRegistration promoted = registrations.update(
                        next.withStatus(RegistrationStatus.REGISTERED, now));
                notifications.promoted(promoted, meeting);
            });
        }
    }

    @Transactional(readOnly = true)
    public Registration myRegistration(UUID meetingId, CurrentUser user) {
        get(meetingId, user);
        return registrations.findLive(meetingId, user.userId()).map(this::registrationOf)
                .orElseThrow(() -> new NotFoundException("resource.meetingRegistration", meetingId));
    }

    @Transactional(readOnly = true)
    public Page<MeetingRegistration> registrations(UUID meetingId, Pageable pageable) {
        meetings.findById(meetingId).orElseThrow(() -> notFound(meetingId));
        return registrations.findLiveByMeeting(meetingId, pageable);
    }

    /**
     * Records who attended (registered people by user id, plus walk-ins without an account) and that the meeting was
     * held; publishes {@link MeetingHeld} with the participant count for the KPI projection.
     */
    @Transactional
    public Meeting recordAttendance(UUID meetingId, List<String> attendedUserIds, int walkIns, CurrentUser by) {
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> notFound(meetingId));
        Map<String, MeetingRegistration> live = new HashMap<>();
        registrations.findLiveByMeeting(meetingId, Pageable.UNPAGED).forEach(r -> live.put(r.userId(), r));
        Set<String> attended = new LinkedHashSet<>(attendedUserIds);
        List<String> unknown = attended.stream().filter(id -> !live.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("attendedUserIds", "meeting.attendeeNotRegistered", String.join(", ", unknown));
        }
        Instant now = clock.instant();
        Meeting held = meetings.update(meeting.held(attended.size() + walkIns, now));
        attended.forEach(userId -> registrations.update(live.get(userId).markedAttended()));
        activity.record(held, ActivityKind.MEETING_HELD);
        outbox.append(new MeetingHeld(held.id().toString(),
                held.workingGroupId() == null ? null : held.workingGroupId().toString(), held.kind(), held.title(),
                held.heldOn(), held.startsAt(), held.participantCount(), by.username(), now));
        return held;
    }

    @Transactional
    public Meeting cancelMeeting(UUID meetingId) {
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> notFound(meetingId));
        Meeting cancelled = meetings.update(meeting.cancelled());
        activity.record(cancelled, ActivityKind.MEETING_CANCELLED);
        return cancelled;
    }

    /**
     * For minutes and action items: the meeting must exist and have been held. Locks the meeting's row for the
     * caller's transaction, so two secretaries cannot draft the same revision or raise the same item twice.
     */
    @Transactional
    public Meeting requireHeld(UUID meetingId) {
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> notFound(meetingId));
        if (meeting.status() != MeetingStatus.HELD) {
            throw new MeetingRuleException("meeting.notHeld");
        }
        return meeting;
    }

    private void requireVisible(Meeting meeting, @Nullable CurrentUser user) {
        if (meeting.workingGroupId() != null) {
            try {
                groups.get(meeting.workingGroupId(), user);
            } catch (NotFoundException e) {
                throw notFound(meeting.id());
            }
        }
    }

    @Transactional(readOnly = true)
    public Registration withPosition(MeetingRegistration registration) {
        return registrationOf(registration);
    }

    private Registration registrationOf(MeetingRegistration registration) {
        long position = registration.status() == RegistrationStatus.WAITLISTED
                ? registrations.waitingPosition(registration.id()) : 0;
        return new Registration(registration, position);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("resource.meeting", id);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(@Nullable String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** Seats taken and people waiting. */
    public record Seats(long registered, long waiting) {
    }

    /** A registration with its place on the waiting list (0 when it holds a seat). */
    public record Registration(MeetingRegistration registration, long waitingPosition) {
    }
}
