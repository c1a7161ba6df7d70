package jp.kyoso.cocreation.workinggroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import jp.kyoso.cocreation.membership.AddMemberRequest;
import jp.kyoso.cocreation.membership.JoinDecisionRequest;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Working groups (専門部会): public ones are listed for everyone, private ones only for their members. */
@Controller("/api/cocreation/working-groups")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Working groups")
public class WorkingGroupController {

    private final WorkingGroupService groups;

    public WorkingGroupController(WorkingGroupService groups) {
        this.groups = groups;
    }

    @Post
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Form a working group (secretariat)")
    public HttpResponse<WorkingGroupView> form(@Body @Valid WorkingGroupRequest form, CurrentUser user) {
        WorkingGroup group = groups.form(form.toCommand(), user);
        return HttpResponse.created(WorkingGroupView.of(group, null),
                URI.create("/api/cocreation/working-groups/" + group.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "List the working groups the caller may see")
    public PageResponse<WorkingGroupView> list(PageRequest paging, @Nullable CurrentUser user) {
        Page<WorkingGroup> found = groups.visible(user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("formedAt"))));
        return PageResponse.of(found.getContent().stream().map(g -> view(g, user)).toList(), paging,
                found.getTotalSize());
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One working group (404 for a private group the caller is not a member of)")
    public WorkingGroupView get(UUID id, @Nullable CurrentUser user) {
        return view(groups.get(id, user), user);
    }

    @Post("/{id}/join")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Join an open group, or ask to join a closed one")
    public WorkingGroupMemberView join(UUID id, CurrentUser user) {
        return WorkingGroupMemberView.of(groups.join(id, user));
    }

    @Delete("/{id}/membership")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Leave the group or withdraw a join request")
    public WorkingGroupMemberView leave(UUID id, CurrentUser user) {
        return WorkingGroupMemberView.of(groups.leave(id, user));
    }

    @Get("/{id}/members")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Members (status=ACTIVE, for members) or join requests (status=PENDING, for the lead and the secretariat)")
    public PageResponse<WorkingGroupMemberView> members(UUID id, @Nullable @QueryValue WorkingGroupMemberStatus status,
                                                        PageRequest paging, CurrentUser user) {
        Page<WorkingGroupMember> found = groups.members(id, status == null ? WorkingGroupMemberStatus.ACTIVE : status,
                user, Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("requestedAt"))));
        return PageResponse.of(found.getContent().stream().map(WorkingGroupMemberView::of).toList(), paging,
                found.getTotalSize());
    }

    @Post("/{id}/members")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Add a person directly (the group's lead or the secretariat)")
    public WorkingGroupMemberView add(UUID id, @Body @Valid AddMemberRequest request, CurrentUser user) {
        return WorkingGroupMemberView.of(groups.add(id, request.userId(), request.username(),
                request.organisationId(), user));
    }

    @Post("/{id}/members/{memberId}/decide")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Approve or decline a join request (the group's lead or the secretariat)")
    public WorkingGroupMemberView decide(UUID id, UUID memberId, @Body @Valid JoinDecisionRequest decision,
                                         CurrentUser user) {
        return WorkingGroupMemberView.of(groups.decide(id, memberId, decision.approve(), user));
    }

    /** The old path of {@link #decide}, accepted until the next release. */
    @Deprecated
    @Post("/{id}/members/{memberId}/decision")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Old path of POST /working-groups/{id}/members/{memberId}/decide, accepted until the next "
            + "release", deprecated = true)
    public WorkingGroupMemberView decision(UUID id, UUID memberId, @Body @Valid JoinDecisionRequest decision,
                                           CurrentUser user) {
        return decide(id, memberId, decision, user);
    }

    private WorkingGroupView view(WorkingGroup group, @Nullable CurrentUser user) {
        WorkingGroupMemberStatus mine = user == null ? null
                : groups.membershipOf(group.id(), user.userId()).map(WorkingGroupMember::status).orElse(null);
        return WorkingGroupView.of(group, mine);
    }
}
