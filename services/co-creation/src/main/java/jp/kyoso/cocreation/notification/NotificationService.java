package jp.kyoso.cocreation.notification;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import jp.kyoso.cocreation.meeting.Meeting;
import jp.kyoso.cocreation.meeting.MeetingRegistration;
import jp.kyoso.cocreation.meeting.RegistrationStatus;
import jp.kyoso.cocreation.workinggroup.WorkingGroup;
import jp.kyoso.cocreation.workinggroup.WorkingGroupMember;
import jp.kyoso.cocreation.workinggroup.WorkingGroupMemberStatus;
import jp.kyoso.web.problem.NotFoundException;

/**
 * In-app notifications for things addressed to one person. Use cases call it inside their own transaction, so a
 * notification exists exactly when the change it reports was committed.
 */
@Singleton
public class NotificationService {

    static final String MEETING = "MEETING";
    static final String WORKING_GROUP = "WORKING_GROUP";
    public static final String YOUTH_IDEA = "YOUTH_IDEA";

    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void registered(MeetingRegistration registration, Meeting meeting) {
        notify(registration.userId(), registration.status() == RegistrationStatus.REGISTERED
                ? NotificationKind.REGISTRATION_CONFIRMED : NotificationKind.REGISTRATION_WAITLISTED,
                MEETING, meeting.id().toString(), meeting.title());
    }

    public void promoted(MeetingRegistration registration, Meeting meeting) {
        notify(registration.userId(), NotificationKind.WAITLIST_PROMOTED, MEETING, meeting.id().toString(),
                meeting.title());
    }

    public void joinRequestDecided(WorkingGroupMember member, WorkingGroup group) {
        notify(member.userId(), member.status() == WorkingGroupMemberStatus.ACTIVE
                ? NotificationKind.JOIN_REQUEST_APPROVED : NotificationKind.JOIN_REQUEST_DECLINED,
                WORKING_GROUP, group.id().toString(), group.name());
    }

    /** One notification, inside the caller's transaction (also used by the timeline for programmes' outcomes). */
    public void notify(String userId, NotificationKind kind, String subjectType, String subjectId, String subjectTitle) {
        notifications.save(Notification.of(userId, kind, subjectType, subjectId, subjectTitle, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<Notification> of(String userId, boolean unreadOnly, Pageable pageable) {
        return unreadOnly ? notifications.findByUserIdAndReadAtIsNull(userId, pageable)
                : notifications.findByUserId(userId, pageable);
    }

    @Transactional(readOnly = true)
    public long unread(String userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    /** Marks one of the caller's notifications read; someone else's is "not found", not "forbidden". */
    @Transactional
    public Notification markRead(UUID id, String userId) {
        Notification notification = notifications.findById(id).filter(n -> n.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("resource.notification", id));
        return notification.readAt() != null ? notification : notifications.update(notification.read(clock.instant()));
    }

    @Transactional
    public long markAllRead(String userId) {
        return notifications.markAllRead(userId, clock.instant());
    }
}
