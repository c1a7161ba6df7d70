package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Meetings and exchange sessions: the secretariat schedules them and records attendance, minutes and action items;
 * signed-in people register (or join the waiting list) and cancel.
 */
@Controller("/api/cocreation/meetings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class MeetingController {

    private final MeetingService meetings;
    private final MeetingRecordService records;

    public MeetingController(MeetingService meetings, MeetingRecordService records) {
        this.meetings = meetings;
        this.records = records;
    }

    @Post
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Schedule a meeting or exchange session (secretariat)")
    public HttpResponse<MeetingView> schedule(@Body @Valid MeetingRequest form, CurrentUser user,
                                              HttpRequest<?> request) {
        Meeting meeting = meetings.schedule(form.toCommand(), user);
        return HttpResponse.created(view(meeting, request), URI.create("/api/cocreation/meetings/" + meeting.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Meetings the caller may see, latest first")
    public PageResponse<MeetingView> list(PageRequest paging, @Nullable CurrentUser user, HttpRequest<?> request) {
        Page<Meeting> found = meetings.visible(user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("startsAt"))));
        return PageResponse.of(found.getContent().stream().map(m -> view(m, request)).toList(), paging,
                found.getTotalSize());
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One meeting (404 for a meeting of a private group the caller is not a member of)")
    public MeetingView get(UUID id, @Nullable CurrentUser user, HttpRequest<?> request) {
        return view(meetings.get(id, user), request);
    }

    @Post("/{id}/register")
    @Secured({Roles.MEMBER, Roles.STAFF, Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Register: a seat, or the waiting list when the meeting is full")
    public RegistrationView register(UUID id, CurrentUser user) {
        return RegistrationView.of(meetings.register(id, user));
    }

    /** The old path of {@link #register}, accepted until the next release. */
    @Deprecated
    @Post("/{id}/registration")
    @Secured({Roles.MEMBER, Roles.STAFF, Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Old path of POST /meetings/{id}/register, accepted until the next release",
            deprecated = true)
    public RegistrationView registration(UUID id, CurrentUser user) {
        return register(id, user);
    }

    @Get("/{id}/registration")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's registration and waiting-list position")
    public RegistrationView myRegistration(UUID id, CurrentUser user) {
        return RegistrationView.of(meetings.myRegistration(id, user));
    }

    @Delete("/{id}/registration")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Cancel the caller's registration; the first person waiting gets the seat")
    public HttpResponse<Void> cancelRegistration(UUID id, CurrentUser user) {
        meetings.cancelRegistration(id, user);
        return HttpResponse.noContent();
    }

    @Get("/{id}/registrations")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Registrations: seats first, then the waiting list in order (secretariat)")
    public PageResponse<RegistrationView> registrations(UUID id, PageRequest paging) {
        Page<MeetingRegistration> found = meetings.registrations(id, Pageable.from(paging.page(), paging.size()));
        List<RegistrationView> items = found.getContent().stream()
                .map(r -> RegistrationView.of(meetings.withPosition(r))).toList();
        return PageResponse.of(items, paging, found.getTotalSize());
    }

    @Post("/{id}/record-attendance")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record attendance; the meeting becomes HELD and MeetingHeld is published (secretariat)")
    public MeetingView recordAttendance(UUID id, @Body @Valid AttendanceRequest attendance, CurrentUser user,
                                        HttpRequest<?> request) {
        return view(meetings.recordAttendance(id, attendance.attendedUserIds(),
                attendance.walkIns() == null ? 0 : attendance.walkIns(), user), request);
    }

    /** The old path of {@link #recordAttendance}, accepted until the next release. */
    @Deprecated
    @Post("/{id}/attendance")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Old path of POST /meetings/{id}/record-attendance, accepted until the next release",
            deprecated = true)
    public MeetingView attendance(UUID id, @Body @Valid AttendanceRequest attendance, CurrentUser user,
                                  HttpRequest<?> request) {
        return recordAttendance(id, attendance, user, request);
    }

    @Post("/{id}/cancel")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Cancel a scheduled meeting (secretariat)")
    public MeetingView cancel(UUID id, HttpRequest<?> request) {
        return view(meetings.cancelMeeting(id), request);
    }

    @Put("/{id}/minutes")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Save a new draft revision of the minutes (secretariat)")
    public MinutesView draftMinutes(UUID id, @Body @Valid MinutesRequest minutes, CurrentUser user) {
        return MinutesView.of(records.draftMinutes(id, minutes.body(), user));
    }

    @Post("/{id}/minutes/approve")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Approve the latest revision of the minutes (secretariat)")
    public MinutesView approveMinutes(UUID id, @Body @Valid MinutesApprovalRequest approval, CurrentUser user) {
        return MinutesView.of(records.approveMinutes(id, approval.revision(), user));
    }

    @Get("/{id}/minutes")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The approved minutes; the secretariat sees every revision")
    public PageResponse<MinutesView> minutes(UUID id, PageRequest paging, @Nullable CurrentUser user) {
        Page<MeetingMinutes> found = records.minutes(id, user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("revision"))));
        return PageResponse.of(found.getContent().stream().map(MinutesView::of).toList(), paging,
                found.getTotalSize());
    }

    @Post("/{id}/action-items")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Add an action item to a held meeting (secretariat)")
    public HttpResponse<ActionItemView> addActionItem(UUID id, @Body @Valid ActionItemRequest item, CurrentUser user) {
        MeetingActionItem added = records.addActionItem(id, item.title(), item.body(), user);
        return HttpResponse.created(ActionItemView.of(added),
                URI.create("/api/cocreation/meetings/" + id + "/action-items/" + added.id()));
    }

    @Get("/{id}/action-items")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Action items of a meeting")
    public PageResponse<ActionItemView> actionItems(UUID id, PageRequest paging, @Nullable CurrentUser user) {
        Page<MeetingActionItem> found = records.actionItems(id, user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("createdAt"))));
        return PageResponse.of(found.getContent().stream().map(ActionItemView::of).toList(), paging,
                found.getTotalSize());
    }

    @Post("/{id}/action-items/{itemId}/raise")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Raise an action item as a local issue (publishes ActionItemRaised for the issue board)")
    public ActionItemView raise(UUID id, UUID itemId, CurrentUser user) {
        return ActionItemView.of(records.raiseAsIssue(id, itemId, user));
    }

    private MeetingView view(Meeting meeting, HttpRequest<?> request) {
        return MeetingView.of(meeting, meetings.seats(meeting.id()), Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
