package jp.kyoso.fund.web;

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
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.fund.application.AccessVerdict;
import jp.kyoso.fund.application.ApplicationService;
import jp.kyoso.fund.application.CallService;
import jp.kyoso.fund.application.ReviewService;
import jp.kyoso.fund.domain.ConflictRecord;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.fund.domain.Review;
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

    private final ReviewService reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final Messages messages;

    public ReviewController(ReviewService reviews, ApplicationService applications, CallService calls,
                            Messages messages) {
        this.messages = messages;
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
    }

    @Post("/affiliations")
    @Operation(summary = "Declare an organisation you are affiliated with (利益相反の基礎となる所属の申告)")
    public HttpResponse<AffiliationView> declareAffiliation(@Body @Valid AffiliationRequest affiliation,
                                                            CurrentUser user) {
        return HttpResponse.created(AffiliationView.of(
                reviews.declareAffiliation(user, affiliation.organisationId(), affiliation.note())));
    }

    @Get("/affiliations")
    @Operation(summary = "Your declared affiliations")
    public PageResponse<AffiliationView> affiliations(PageRequest paging, CurrentUser user) {
        return Views.page(reviews.affiliationsOf(user.userId()).stream().map(AffiliationView::of).toList(), paging);
    }

    @Get("/assignments")
    @Operation(summary = "The applications you are assigned to review")
    public PageResponse<AssignmentView> assignments(PageRequest paging, CurrentUser user) {
        reviews.register(user);
        return Views.page(reviews.assignmentsOf(user.userId()).stream().map(AssignmentView::of).toList(), paging);
    }

    @Post("/applications/{id}/conflict")
    @Operation(summary = "Declare conflict or no conflict before seeing an application")
    public HttpResponse<ConflictView> declare(UUID id, @Body @Valid ConflictDeclarationRequest declaration,
                                              CurrentUser user) {
        Optional<String> automatic = reviews.recuseIfConflicted(id, user);
        if (automatic.isPresent()) {
            throw new ForbiddenException(automatic.get());
        }
        ConflictRecord record = reviews.declare(id, user, declaration.conflicted(), declaration.reason());
        return HttpResponse.created(ConflictView.of(record));
    }

    @Get("/applications/{id}")
    @Operation(summary = "An application's content (after declaring no conflict; blind calls hide the applicant)")
    public ApplicationView application(UUID id, CurrentUser user, io.micronaut.http.HttpRequest<?> request) {
        guard(id, user);
        GrantApplication application = applications.get(id);
        boolean blind = calls.get(application.callId()).blindReview();
        return ApplicationView.of(application, applications.budgetOf(id), !blind, Views.translator(messages, request));
    }

    @Post("/applications/{id}/scores")
    @Operation(summary = "Submit your scores (assigned reviewers only, once)")
    public HttpResponse<ReviewView> score(UUID id, @Body @Valid ScoreSheetRequest sheet, CurrentUser user) {
        guard(id, user);
        Review review = reviews.submitReview(id, user, sheet.toCommand());
        return HttpResponse.created(ReviewView.of(review, java.util.List.of(), user.userId()));
    }

    @Get("/applications/{id}/scores")
    @Operation(summary = "Your review, and the others' once every assigned reviewer has submitted")
    public ReviewView.Visible scores(UUID id, CurrentUser user) {
        guard(id, user);
        return ReviewView.Visible.of(reviews.visibleReviews(id, user), user.userId());
    }

    @Post("/applications/{id}/evaluation")
    @Operation(summary = "Evaluate a funded project's final report with the call's criteria")
    public HttpResponse<ReviewView> evaluate(UUID id, @Body @Valid ScoreSheetRequest sheet, CurrentUser user) {
        guard(id, user);
        Review review = reviews.evaluate(id, user, sheet.toCommand());
        return HttpResponse.created(ReviewView.of(review, java.util.List.of(), user.userId()));
    }

    private void guard(UUID applicationId, CurrentUser user) {
        AccessVerdict verdict = reviews.access(applicationId, user);
        if (!verdict.allowed()) {
            throw new ForbiddenException(verdict.code());
        }
    }
}
