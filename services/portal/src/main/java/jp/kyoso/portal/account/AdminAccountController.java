package jp.kyoso.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.portal.gateway.GatewayProblems;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** ADMIN: the programme's accounts. Every change needs a reason, which the audit trail shows with who made it. */
@Controller("/api/admin/accounts")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "administration")
public class AdminAccountController {

    @Serdeable
    public record CreateRequest(@Nullable String username, @Nullable String displayName, @Nullable String email,
                                @Nullable List<String> roles, @Nullable UUID organisationId,
                                @Nullable String reason) {
    }

    @Serdeable
    public record RolesRequest(@Nullable List<String> roles, @Nullable UUID organisationId, @Nullable String reason) {
    }

    @Serdeable
    public record ReasonRequest(@Nullable String reason) {
    }

    private final AccountAdministration administration;
    private final DepartmentDirectory departments;
    private final GatewayProblems problems;

    public AdminAccountController(AccountAdministration administration, DepartmentDirectory departments,
                                  GatewayProblems problems) {
        this.administration = administration;
        this.departments = departments;
        this.problems = problems;
    }

    @Get
    @Operation(summary = "Accounts by username, optionally filtered by a part of username, display name or e-mail")
    public PageResponse<AdminAccountView> list(@Nullable @QueryValue String q, PageRequest page) {
        List<AdminAccountView> items = administration.list(q, Math.toIntExact(page.offset()), page.size()).stream()
                .map(AdminAccountView::of).toList();
        return PageResponse.of(items, page, administration.count(q));
    }

    @Get("/{id}")
    @Operation(summary = "One account")
    public AdminAccountView get(UUID id) {
        return AdminAccountView.of(administration.account(id));
    }

    @Post
    @Operation(summary = "Create a staff (bound to an approved city department), secretariat, committee or admin "
            + "account; the answer carries the generated initial password once, to be changed at the first sign-in")
    public HttpResponse<AdminAccountView> create(@Body CreateRequest request, CurrentUser user,
                                                 HttpRequest<?> http) {
        Set<String> roles = roles(request.roles());
        Optional<Organisation> department = department(roles, request.organisationId(), http);
        CreatedAccount created = administration.create(new AccountChange(request.username(), request.displayName(),
                request.email(), roles, request.organisationId(), request.reason()), department, user.username());
        return HttpResponse.created(AdminAccountView.of(created.account(), created.initialPassword()),
                URI.create("/api/admin/accounts/" + created.account().id()));
    }

    @Put("/{id}/roles")
    @Operation(summary = "Replace the account's programme roles (STAFF, SECRETARIAT, COMMITTEE, ADMIN; MEMBER and "
            + "YOUTH stay) and, for staff, its department; the account's sessions end")
    public AdminAccountView changeRoles(UUID id, @Body RolesRequest request, CurrentUser user, HttpRequest<?> http) {
        Set<String> roles = roles(request.roles());
        return AdminAccountView.of(administration.changeRoles(id, roles, request.organisationId(),
                department(roles, request.organisationId(), http), request.reason(), user.username()));
    }

    @Post("/{id}/deactivate")
    @Operation(summary = "Deactivate: sign-in is refused at once and the account's tokens stop working")
    public AdminAccountView deactivate(UUID id, @Body ReasonRequest request, CurrentUser user) {
        return AdminAccountView.of(administration.deactivate(id, request.reason(), user.userId(), user.username()));
    }

    @Post("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated account")
    public AdminAccountView reactivate(UUID id, @Body ReasonRequest request, CurrentUser user) {
        return AdminAccountView.of(administration.reactivate(id, request.reason(), user.username()));
    }

    @Post("/{id}/initial-password")
    @Operation(summary = "Issue a new one-time password (a person without mail, or locked out): shown once, to be "
            + "changed at the next sign-in; the account's sessions end")
    public AdminAccountView issueInitialPassword(UUID id, @Body ReasonRequest request, CurrentUser user) {
        CreatedAccount issued = administration.issueInitialPassword(id, request.reason(), user.username());
        return AdminAccountView.of(issued.account(), issued.initialPassword());
    }

    @Post("/{id}/second-factor/remove")
    @Operation(summary = "Remove the account's authenticator app (a lost phone); it enrols again at the next sign-in")
    public AdminAccountView removeSecondFactor(UUID id, @Body ReasonRequest request, CurrentUser user) {
        return AdminAccountView.of(administration.removeSecondFactor(id, request.reason(), user.username()));
    }

    /** Co-creation could not say whether the department is approved: nothing was changed. */
    @Error(exception = DepartmentDirectory.Unreachable.class)
    public HttpResponse<?> departmentUnknown(HttpRequest<?> http) {
        return problems.upstreamFailed(http, "cocreation", false);
    }

    private static Set<String> roles(List<String> roles) {
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    private Optional<Organisation> department(Set<String> roles, UUID organisationId, HttpRequest<?> http) {
        if (organisationId == null || !roles.contains(Roles.STAFF)) {
            return Optional.empty();
        }
        String bearer = http.getHeaders().getAuthorization().map(value -> value.replaceFirst("(?i)^Bearer\\s+", ""))
                .orElseThrow();
        return departments.approvedDepartment(organisationId, bearer, http.getHeaders().get(
                HttpHeaders.ACCEPT_LANGUAGE));
    }
}
