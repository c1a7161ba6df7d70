package jp.kyoso.fund.review;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.committee.CommitteeRoster;
import jp.kyoso.fund.conflict.AccessVerdict;
import jp.kyoso.fund.conflict.ConflictService;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.ApplicationView;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * The committee's workspace. Every endpoint on an application first passes the conflict-of-interest gate: a member
 * tied to the applicant (or who declared a conflict, or has not declared yet) gets 403 with the reason.
 */
@Controller("/api/fund/review")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.COMMITTEE)
@Tag(name = "fund: review", description = "審査委員会：利益相反の申告・審査・評価")
public class ReviewController {

    private final CommitteeRoster committee;
    private final ConflictService conflicts;
    private final AssignmentService assignments;
    private final ScoringService scoring;
    private final EvaluationService evaluations;
    private final ApplicationService applications;
    private final CallService calls;
    private final Messages messages;

    public ReviewController(CommitteeRoster committee, ConflictService conflicts, AssignmentService assignments,
                            ScoringService scoring, EvaluationService evaluations, ApplicationService applications,
                            CallService calls, Messages messages) {
        this.committee = committee;
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.scoring = scoring;
        this.evaluations = evaluations;
        this.applications = applications;
        this.calls = calls;
        this.messages = messages;
    }

    @Get("/assignments")
    @Operation(summary = "The applications you are assigned to review")
    public PageResponse<AssignmentView> assignments(PageRequest paging, CurrentUser user) {
        committee.register(user);
        return Views.page(assignments.assignmentsOf(user.userId()).stream().map(AssignmentView::of).toList(),
                paging);
    }

    @Get("/applications/{id}")
    @Operation(summary = "An application's content (after declaring no conflict; blind calls hide the applicant)")
    public ApplicationView application(UUID id, CurrentUser user, HttpRequest<?> request) {
        guard(id, user);
        GrantApplication application = applications.get(id);
        boolean blind = calls.get(application.callId()).blindReview();
        return ApplicationView.of(application, applications.budgetOf(id), !blind, Views.translator(messages, request));
    }

    @Post("/applications/{id}/scores")
    @Operation(summary = "Submit your scores (assigned reviewers only, once)")
    public HttpResponse<ReviewView> score(UUID id, @Body @Valid ScoreSheetRequest sheet, CurrentUser user) {
        guard(id, user);
        Review review = scoring.submit(id, user, sheet.toCommand());
        return HttpResponse.created(ReviewView.of(review, List.of(), user.userId()));
    }

    @Get("/applications/{id}/scores")
    @Operation(summary = "Your review, and the others' once every assigned reviewer has submitted")
    public ReviewView.Visible scores(UUID id, CurrentUser user) {
        guard(id, user);
        return ReviewView.Visible.of(scoring.visibleReviews(id, user), user.userId());
    }

    /** {@code …/evaluation} is the deprecated name, kept for one release. */
    @Post(uris = {"/applications/{id}/evaluations", "/applications/{id}/evaluation"})
    @Operation(summary = "Evaluate a funded project's final report with the call's criteria")
    public HttpResponse<ReviewView> evaluate(UUID id, @Body @Valid ScoreSheetRequest sheet, CurrentUser user) {
        guard(id, user);
        Review review = evaluations.evaluate(id, user, sheet.toCommand());
        return HttpResponse.created(ReviewView.of(review, List.of(), user.userId()));
    }

    private void guard(UUID applicationId, CurrentUser user) {
        AccessVerdict verdict = conflicts.access(applicationId, user);
        if (!verdict.allowed()) {
            throw new ForbiddenException(verdict.code());
        }
    }
}
