package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
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
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Membership applications: anyone may apply; the secretariat lists, approves and rejects. */
@Controller("/api/cocreation/organisations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "organisations")
public class OrganisationController {

    private final OrganisationService organisations;
    private final CouncilMemberImport councilMembers;
    private final MembershipService memberships;

    public OrganisationController(OrganisationService organisations, CouncilMemberImport councilMembers,
                                  MembershipService memberships) {
        this.organisations = organisations;
        this.councilMembers = councilMembers;
        this.memberships = memberships;
    }

    /** Public on purpose: an organisation applies before any of its people has an account. */
    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Apply for membership (OrganisationApplied)")
    public HttpResponse<OrganisationView> apply(@Body @Valid OrganisationApplicationRequest application,
                                                HttpRequest<?> request) {
        Organisation organisation = organisations.apply(application.toCommand());
        return HttpResponse.created(view(organisation, request),
                URI.create("/api/cocreation/organisations/" + organisation.id()));
    }

    @Get
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "List organisations, optionally by status, newest application first")
    public PageResponse<OrganisationView> list(@Nullable @QueryValue OrganisationStatus status, PageRequest paging,
                                               HttpRequest<?> request) {
        Page<Organisation> found = organisations.list(status,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("appliedAt"))));
        return PageResponse.of(found.getContent().stream().map(o -> view(o, request)).toList(), paging,
                found.getTotalSize());
    }

    /** The organisation's own people see it too, e.g. to read why it was suspended. */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One organisation with its status and reasons; the secretariat or people acting for it")
    public OrganisationView get(UUID id, CurrentUser user, HttpRequest<?> request) {
        if (!user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN) && !memberships.actsFor(id, user)) {
            throw new ForbiddenException("member.notYourOrganisation");
        }
        return view(organisations.get(id), request);
    }

    @Post("/{id}/approve")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Approve a pending application (OrganisationApproved); invites the contact as first admin")
    public OrganisationView approve(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(organisations.approve(id, user.username()), request);
    }

    @Post("/{id}/reject")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Reject a pending application with a reason (OrganisationRejected)")
    public OrganisationView reject(UUID id, @Body @Valid RejectionRequest rejection, CurrentUser user,
                                   HttpRequest<?> request) {
        return view(organisations.reject(id, rejection.reason(), user.username()), request);
    }

    @Post("/{id}/suspend")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Suspend a member organisation with a reason (OrganisationSuspended)")
    public OrganisationView suspend(UUID id, @Body @Valid SuspensionRequest suspension, CurrentUser user,
                                    HttpRequest<?> request) {
        return view(organisations.suspend(id, suspension.reason(), user.username()), request);
    }

    @Post("/{id}/reinstate")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Lift a suspension (OrganisationReinstated)")
    public OrganisationView reinstate(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(organisations.reinstate(id, user.username()), request);
    }

    /** The organisation's own admins leave; the secretariat may act for an organisation that asked by letter. */
    @Post("/{id}/withdraw")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Withdraw an organisation or its application (OrganisationWithdrawn); its admins or the secretariat")
    public OrganisationView withdraw(UUID id, @Body @Valid WithdrawalRequest withdrawal, CurrentUser user,
                                     HttpRequest<?> request) {
        return view(organisations.withdraw(id, withdrawal.reason(), user), request);
    }

    /**
     * The council's existing members as CSV (UTF-8, with or without BOM): name, type, corporate number, contact.
     * Every row is checked first; any bad row refuses the whole list with one field error per row and column.
     */
    @Post("/bulk-approvals")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Approve existing council members in bulk from a CSV; all or nothing, with a per-row result")
    public BulkApprovalView bulkApprove(@Body byte[] csv, CurrentUser user, HttpRequest<?> request) {
        return BulkApprovalView.of(councilMembers.approveAll(csv, user.username()), false, english(request));
    }

    /** The same checks as the import, writing nothing: the screen shows this before the secretariat confirms. */
    @Post("/bulk-approvals/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Check a council member CSV and show what its import would do, without storing anything")
    public BulkApprovalView previewBulkApproval(@Body byte[] csv, HttpRequest<?> request) {
        return BulkApprovalView.of(councilMembers.preview(csv), true, english(request));
    }

    private static boolean english(HttpRequest<?> request) {
        return Locale.ENGLISH.equals(RequestLocale.of(request));
    }

    private static OrganisationView view(Organisation organisation, HttpRequest<?> request) {
        return OrganisationView.of(organisation, english(request));
    }
}
