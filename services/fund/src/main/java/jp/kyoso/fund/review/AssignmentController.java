package jp.kyoso.fund.review;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** The secretariat's side of assignment: automatic for a call, and adjustments on one application. */
@Controller("/api/fund")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "fund: assignments", description = "審査員の割当と調整")
public class AssignmentController {

    private final AssignmentService assignments;

    public AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Post("/calls/{id}/assignments")
    @Operation(summary = "Assign reviewers automatically, respecting conflicts and the load cap")
    public List<AssignmentView> assign(UUID id, CurrentUser user) {
        return assignments.assignAutomatically(id, user.username()).stream().map(AssignmentView::of).toList();
    }

    @Get("/calls/{id}/assignments")
    @Operation(summary = "Who reviews which application of the call")
    public PageResponse<AssignmentView> assignments(UUID id, PageRequest paging) {
        return Views.page(assignments.assignmentsOfCall(id).stream().map(AssignmentView::of).toList(), paging);
    }

    @Post("/applications/{id}/reviewers")
    @Operation(summary = "Assign a reviewer by hand (conflicted members and members at the load cap are refused)")
    public HttpResponse<AssignmentView> assignOne(UUID id, @Body @Valid ReviewerRequest reviewer, CurrentUser user) {
        return HttpResponse.created(AssignmentView.of(assignments.assign(id, reviewer.reviewerId(), user.username())));
    }

    @Delete("/applications/{id}/reviewers/{reviewerId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a reviewer who has not yet submitted")
    public void unassign(UUID id, String reviewerId) {
        assignments.unassign(id, reviewerId);
    }
}
