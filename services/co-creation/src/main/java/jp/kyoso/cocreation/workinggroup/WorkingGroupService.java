package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.cocreation.notification.NotificationService;
import jp.kyoso.cocreation.shared.Caller;
import jp.kyoso.events.cocreation.WorkingGroupFormed;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Working groups (専門部会): the secretariat forms them; people join open groups at once and ask to join closed ones,
 * which the group's lead or the secretariat decides. A private group is answered as "not found" to non-members.
 */
@Singleton
public class WorkingGroupService {

    private final WorkingGroupRepository groups;
    private final WorkingGroupMemberRepository members;
    private final NotificationService notifications;
    private final Outbox outbox;
    private final Clock clock;

    public WorkingGroupService(WorkingGroupRepository groups, WorkingGroupMemberRepository members,
                               NotificationService notifications, Outbox outbox, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public WorkingGroup form(FormWorkingGroup form, CurrentUser by) {
        String name = form.name().strip();
        if (groups.nameTaken(name)) {
            throw new ConflictException("workingGroup.nameTaken", name);
        }
        Instant now = clock.instant();
        WorkingGroup group;
        try {
            group = groups.save(new WorkingGroup(UUID.randomUUID(), name, form.description().strip(),
                    form.closedMembership(), form.privateGroup(), blankToNull(form.leadUserId()), by.username(), now));
        } catch (DataAccessException e) {
            throw new ConflictException("workingGroup.nameTaken", name);
        }
        if (group.leadUserId() != null) {
            // The lead is a member from the start, so a private group is visible to them.
            members.save(new WorkingGroupMember(UUID.randomUUID(), group.id(), group.leadUserId(), group.leadUserId(),
                    null, WorkingGroupMemberStatus.ACTIVE, now, now, by.username(), null));
        }
        outbox.append(new WorkingGroupFormed(group.id().toString(), group.name(), group.closedMembership(),
                group.privateGroup(), by.username(), now));
        return group;
    }

    @Transactional(readOnly = true)
    public Page<WorkingGroup> visible(@Nullable CurrentUser user, Pageable pageable) {
        return Caller.isSecretariat(user) ? groups.findAll(pageable) : groups.findVisibleTo(Caller.idOf(user), pageable);
    }

    /** The group if the caller may see it; a private group is "not found" for non-members. */
    @Transactional(readOnly = true)
    public WorkingGroup get(UUID id, @Nullable CurrentUser user) {
        WorkingGroup group = groups.findById(id).orElseThrow(() -> notFound(id));
        if (group.privateGroup() && !Caller.isSecretariat(user) && !isActiveMember(id, Caller.idOf(user))) {
            throw notFound(id);
        }
        return group;
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return groups.existsById(id);
    }

    @Transactional(readOnly = true)
    public boolean isActiveMember(UUID groupId, String userId) {
        return members.existsByWorkingGroupIdAndUserIdAndStatus(groupId, userId, WorkingGroupMemberStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public Optional<WorkingGroupMember> membershipOf(UUID groupId, String userId) {
        return members.findByWorkingGroupIdAndUserId(groupId, userId);
    }

    /** Joins an open group at once; asks to join a closed one. */
    @Transactional
    public WorkingGroupMember join(UUID id, CurrentUser user) {
        WorkingGroup group = get(id, user);
        Instant now = clock.instant();
        Optional<WorkingGroupMember> existing = members.findByWorkingGroupIdAndUserId(id, user.userId());
        try {
            return existing.isPresent()
                    ? members.update(existing.get().rejoin(group, now))
                    : members.save(WorkingGroupMember.requested(group, user.userId(), user.username(),
                            user.organisationId(), now));
        } catch (DataAccessException e) {
            throw new ConflictException("workingGroup.concurrentChange");
        }
    }

    /** The lead or the secretariat adds someone directly, e.g. to a private group nobody else can see. */
    @Transactional
    public WorkingGroupMember add(UUID id, String userId, String username, @Nullable String organisationId,
                                  CurrentUser by) {
        WorkingGroup group = get(id, by);
        requireLeadOrSecretariat(group, by);
        Instant now = clock.instant();
        Optional<WorkingGroupMember> existing = members.findByWorkingGroupIdAndUserId(id, userId);
        WorkingGroupMember active = new WorkingGroupMember(existing.map(WorkingGroupMember::id)
                .orElseGet(UUID::randomUUID), id, userId, username, organisationId, WorkingGroupMemberStatus.ACTIVE,
                existing.map(WorkingGroupMember::requestedAt).orElse(now), now, by.username(),
                existing.map(WorkingGroupMember::version).orElse(null));
        if (existing.map(WorkingGroupMember::isActive).orElse(false)) {
            throw new ConflictException("workingGroup.alreadyRequested", WorkingGroupMemberStatus.ACTIVE.name());
        }
        try {
            return existing.isPresent() ? members.update(active) : members.save(active);
        } catch (DataAccessException e) {
            throw new ConflictException("workingGroup.concurrentChange");
        }
    }

    @Transactional
    public WorkingGroupMember decide(UUID id, UUID memberId, boolean approve, CurrentUser by) {
        WorkingGroup group = get(id, by);
        requireLeadOrSecretariat(group, by);
        WorkingGroupMember request = members.findById(memberId).filter(m -> m.workingGroupId().equals(id))
                .orElseThrow(() -> new NotFoundException("resource.workingGroupMember", memberId));
        WorkingGroupMember decided;
        try {
            decided = members.update(request.decide(approve, by.username(), clock.instant()));
        } catch (OptimisticLockException e) {
            throw new ConflictException("workingGroup.concurrentChange");
        }
        notifications.joinRequestDecided(decided, group);
        return decided;
    }

    @Transactional
    public WorkingGroupMember leave(UUID id, CurrentUser user) {
        get(id, user);
        WorkingGroupMember membership = members.findByWorkingGroupIdAndUserId(id, user.userId())
                .orElseThrow(() -> new ConflictException("workingGroup.notAMember"));
        return members.update(membership.leave(clock.instant()));
    }

    /** Pending requests are for the lead and the secretariat; the member list for members too. */
    @Transactional(readOnly = true)
    public Page<WorkingGroupMember> members(UUID id, WorkingGroupMemberStatus status, CurrentUser user,
                                            Pageable pageable) {
        WorkingGroup group = get(id, user);
        boolean manager = Caller.isSecretariat(user) || group.isLead(user.userId());
        if (!manager && (status != WorkingGroupMemberStatus.ACTIVE || !isActiveMember(id, user.userId()))) {
            throw new ForbiddenException("workingGroup.membersOnly");
        }
        return members.findByWorkingGroupIdAndStatus(id, status, pageable);
    }

    private static void requireLeadOrSecretariat(WorkingGroup group, CurrentUser user) {
        if (!Caller.isSecretariat(user) && !group.isLead(user.userId())) {
            throw new ForbiddenException("workingGroup.leadOnly");
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("resource.workingGroup", id);
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
