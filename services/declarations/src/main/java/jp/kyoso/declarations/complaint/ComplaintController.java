package jp.kyoso.declarations.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
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
import java.util.UUID;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Complaints about declarants: public filing, secretariat investigation and outcome. */
@Controller("/api/declarations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "complaints", description = "Complaints about registered declarants (e.g. SDGs-washing)")
public class ComplaintController {

    private final Complaints complaints;

    public ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    @Post("/{id}/complaints")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "File a complaint about a registered declarant", description = "Anyone may; contact details are never published.")
    public HttpResponse<ComplaintReceipt> file(UUID id, @Body @Valid ComplaintRequest complaint) {
        Complaint filed = complaints.file(id, complaint.name(), complaint.email(), complaint.body());
        return HttpResponse.created(new ComplaintReceipt(filed.id(), filed.status()));
    }

    @Get("/complaints")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "List complaints, newest first")
    public PageResponse<ComplaintView> list(@Nullable @QueryValue ComplaintStatus status, PageRequest paging) {
        Page<Complaint> found = complaints.list(status,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("filedAt"))));
        return PageResponse.of(found.getContent().stream().map(ComplaintView::of).toList(), paging,
                found.getTotalSize());
    }

    @Post("/complaints/{complaintId}/investigate")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record the investigation")
    public ComplaintView investigate(UUID complaintId, @Body @Valid InvestigationRequest investigation) {
        return ComplaintView.of(complaints.investigate(complaintId, investigation.note()));
    }

    @Post("/complaints/{complaintId}/decide")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Decide the outcome", description = "DISMISSED, REMEDY_REQUIRED, or REVOKED (revokes the registration; publicReason required).")
    public ComplaintView decide(UUID complaintId, @Body @Valid ComplaintDecisionRequest decision, CurrentUser user) {
        return ComplaintView.of(complaints.decide(complaintId, decision.outcome(), decision.note(),
                decision.publicReason(), user.username()));
    }

    /** The path before the API style guide (a noun, not a verb); accepted until the next release. */
    @Deprecated
    @Post("/complaints/{complaintId}/investigation")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record the investigation (deprecated path: use …/investigate)", deprecated = true)
    public ComplaintView investigateUnderTheOldPath(UUID complaintId,
                                                    @Body @Valid InvestigationRequest investigation) {
        return investigate(complaintId, investigation);
    }

    /** The path before the API style guide (a noun, not a verb); accepted until the next release. */
    @Deprecated
    @Post("/complaints/{complaintId}/decision")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Decide the outcome (deprecated path: use …/decide)", deprecated = true)
    public ComplaintView decideUnderTheOldPath(UUID complaintId, @Body @Valid ComplaintDecisionRequest decision,
                                               CurrentUser user) {
        return decide(complaintId, decision, user);
    }
}
