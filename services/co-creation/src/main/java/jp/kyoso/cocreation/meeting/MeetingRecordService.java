package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.cocreation.follow.ActivityKind;
import jp.kyoso.cocreation.follow.ActivityLog;
import jp.kyoso.cocreation.shared.Caller;
import jp.kyoso.events.cocreation.ActionItemRaised;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * What a held meeting leaves behind: minutes, drafted in revisions and approved once by the secretariat, and action
 * items that can be raised as local issues for the issue board ({@link ActionItemRaised}).
 */
@Singleton
public class MeetingRecordService {

    private final MeetingService meetings;
    private final MeetingMinutesRepository minutes;
    private final MeetingActionItemRepository actionItems;
    private final ActivityLog activity;
    private final Outbox outbox;
    private final Clock clock;

    public MeetingRecordService(MeetingService meetings, MeetingMinutesRepository minutes,
                                MeetingActionItemRepository actionItems, ActivityLog activity, Outbox outbox,
                                Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.actionItems = actionItems;
        this.activity = activity;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Saves a new draft revision; approved minutes are final. */
    @Transactional
    public MeetingMinutes draftMinutes(UUID meetingId, String body, CurrentUser by) {
        meetings.requireHeld(meetingId);
        MeetingMinutes latest = minutes.findFirstByMeetingIdOrderByRevisionDesc(meetingId).orElse(null);
        try {
            return minutes.save(MeetingMinutes.nextDraft(latest, meetingId, body.strip(), by.username(),
                    clock.instant()));
        } catch (DataAccessException e) {
            // Two drafts of the same revision number at once: the unique (meeting, revision) index refuses one.
            throw new ConflictException("minutes.concurrentDraft");
        }
    }

    /** Approves the latest revision; {@code revision} must be the one the approver read. */
    @Transactional
    public MeetingMinutes approveMinutes(UUID meetingId, int revision, CurrentUser by) {
        Meeting meeting = meetings.requireHeld(meetingId);
        MeetingMinutes latest = minutes.findFirstByMeetingIdOrderByRevisionDesc(meetingId)
                .orElseThrow(() -> new NotFoundException("resource.minutes", meetingId));
        MeetingMinutes approved = minutes.update(latest.approve(revision, by.username(), clock.instant()));
        activity.record(meeting, ActivityKind.MINUTES_APPROVED);
        return approved;
    }

    /**
     * The secretariat sees every revision; everyone else who may see the meeting, the approved one (404 until
     * there is one).
     */
    @Transactional(readOnly = true)
    public Page<MeetingMinutes> minutes(UUID meetingId, @Nullable CurrentUser user, Pageable pageable) {
        meetings.get(meetingId, user);
        if (Caller.isSecretariat(user)) {
            return minutes.findByMeetingId(meetingId, pageable);
        }
        Page<MeetingMinutes> approved = minutes.findByMeetingIdAndStatus(meetingId, MinutesStatus.APPROVED, pageable);
        if (approved.getTotalSize() == 0) {
            throw new NotFoundException("resource.minutes", meetingId);
        }
        return approved;
    }

    @Transactional
    public MeetingActionItem addActionItem(UUID meetingId, String title, String body, CurrentUser by) {
        meetings.requireHeld(meetingId);
        return actionItems.save(MeetingActionItem.open(meetingId, title.strip(), body.strip(), by.username(),
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<MeetingActionItem> actionItems(UUID meetingId, @Nullable CurrentUser user, Pageable pageable) {
        meetings.get(meetingId, user);
        return actionItems.findByMeetingId(meetingId, pageable);
    }

    /** Raises an open action item as a local issue: the issue board consumes {@link ActionItemRaised}. */
    @Transactional
    public MeetingActionItem raiseAsIssue(UUID meetingId, UUID actionItemId, CurrentUser by) {
        Meeting meeting = meetings.requireHeld(meetingId);
        MeetingActionItem item = actionItems.findById(actionItemId).filter(i -> i.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("resource.actionItem", actionItemId));
        Instant now = clock.instant();
        MeetingActionItem raised = actionItems.update(item.raise(by.username(), now));
        outbox.append(new ActionItemRaised(raised.id().toString(), meeting.id().toString(),
                meeting.workingGroupId() == null ? null : meeting.workingGroupId().toString(), raised.title(),
                raised.body(), by.username(), now));
        activity.record(meeting, ActivityKind.ACTION_ITEM_RAISED, raised.title());
        return raised;
    }
}
