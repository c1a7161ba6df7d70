package jp.kyoso.cocreation.membership;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;

/** Organisation rosters: admins invite people by email and role, the invited person accepts with their own account. */
@Controller("/api/cocreation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "members")
public class MembershipController {

    private final MembershipService memberships;

    public MembershipController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @Post("/organisations/{id}/invitations")
    @Operation(summary = "Invite a person by email as ADMIN or MEMBER (MemberInvited); organisation admins or the secretariat")
    public HttpResponse<InvitationView> invite(UUID id, @Body @Valid InvitationRequest invitation, CurrentUser user) {
        Membership created = memberships.invite(id, invitation.email(), invitation.role(), user);
        return HttpResponse.created(InvitationView.of(created),
                URI.create("/api/cocreation/organisations/" + id + "/members/" + created.id()));
    }

    @Post("/organisations/{id}/invitations/reissue")
    @Operation(summary = "Send an invitation again: the open one to the address (if any) is withdrawn and a fresh one "
            + "mailed, in one step (MemberInvited); organisation admins or the secretariat")
    public HttpResponse<InvitationView> reissue(UUID id, @Body @Valid InvitationRequest invitation, CurrentUser user) {
        Membership created = memberships.reissue(id, invitation.email(), invitation.role(), user);
        return HttpResponse.created(InvitationView.of(created),
                URI.create("/api/cocreation/organisations/" + id + "/members/" + created.id()));
    }

    @Get("/organisations/{id}/members")
    @Operation(summary = "The organisation's roster (invitations and members), optionally by status")
    public PageResponse<MemberView> roster(UUID id, @Nullable @QueryValue MembershipStatus status, PageRequest paging,
                                           CurrentUser user) {
        Page<Membership> found = memberships.roster(id, status,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("invitedAt"))), user);
        return PageResponse.of(found.getContent().stream().map(MemberView::of).toList(), paging,
                found.getTotalSize());
    }

    @Delete("/organisations/{id}/members/{memberId}")
    @Operation(summary = "Withdraw an invitation or take a person off the roster; never the last admin")
    public MemberView remove(UUID id, UUID memberId, CurrentUser user) {
        return MemberView.of(memberships.remove(id, memberId, user));
    }

    @Put("/organisations/{id}/members/{memberId}/role")
    @Operation(summary = "Make a member an admin or an admin a member; never leaves the organisation without an admin")
    public MemberView changeRole(UUID id, UUID memberId, @Body @Valid RoleRequest role, CurrentUser user) {
        return MemberView.of(memberships.changeRole(id, memberId, role.role(), user));
    }

    @Post("/invitations/{id}/accept")
    @Operation(summary = "Accept an invitation with its code, as the signed-in user (MemberJoined)")
    public MemberView accept(UUID id, @Body @Valid AcceptInvitationRequest acceptance, CurrentUser user) {
        return MemberView.of(memberships.accept(id, acceptance.code(), user));
    }

    /** Bounded by the number of organisations one person acts for, a handful, so not paged. */
    @Get("/memberships/mine")
    @Operation(summary = "The organisations the signed-in user acts for, with their role")
    public List<MemberView> mine(CurrentUser user) {
        return memberships.membershipsOf(user.userId()).stream().map(MemberView::of).toList();
    }
}
