package jp.kyoso.fund.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import jp.kyoso.fund.application.ApplicationService;
import jp.kyoso.fund.application.DecisionService;
import jp.kyoso.fund.application.GrantService;
import jp.kyoso.fund.application.ReviewService;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.fund.domain.GrantPayment;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** The secretariat records the committee's work: reviewer adjustments, decisions and grant payments. */
@Controller("/api/fund/applications/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "fund: decisions", description = "審査員の調整・採択／不採択・助成金の支払")
public class DecisionController {

    private final DecisionService decisions;
    private final GrantService grants;
    private final ReviewService reviews;
    private final ApplicationService applications;
    private final Messages messages;

    public DecisionController(DecisionService decisions, GrantService grants, ReviewService reviews,
                              ApplicationService applications, Messages messages) {
        this.messages = messages;
        this.decisions = decisions;
        this.grants = grants;
        this.reviews = reviews;
        this.applications = applications;
    }

    @Post("/reviewers")
    @Operation(summary = "Assign a reviewer by hand (conflicted members and members at the load cap are refused)")
    public HttpResponse<AssignmentView> assign(UUID id, @Body @Valid ReviewerRequest reviewer, CurrentUser user) {
        return HttpResponse.created(AssignmentView.of(reviews.assign(id, reviewer.reviewerId(), user.username())));
    }

    @Delete("/reviewers/{reviewerId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a reviewer who has not yet submitted")
    public void unassign(UUID id, String reviewerId) {
        reviews.unassign(id, reviewerId);
    }

    @Post("/award")
    @Operation(summary = "Record an award: ≤ requested, within the call's budget and the fund's available balance")
    public ApplicationView award(UUID id, @Body @Valid AwardRequest award, CurrentUser user,
                                 HttpRequest<?> request) {
        GrantApplication awarded = decisions.award(id, award.amountYen(), award.outOfRankReason(), user.username());
        return ApplicationView.of(awarded, applications.budgetOf(id), true, Views.translator(messages, request));
    }

    @Post("/reject")
    @Operation(summary = "Record a rejection with its reason (shown to the applicant)")
    public ApplicationView reject(UUID id, @Body @Valid TextRequest reason, CurrentUser user,
                                  HttpRequest<?> request) {
        return ApplicationView.of(decisions.reject(id, reason.text(), user.username()), applications.budgetOf(id),
                true, Views.translator(messages, request));
    }

    @Post("/payments")
    @Operation(summary = "Pay a tranche of an awarded grant; the tranches never exceed the award")
    public HttpResponse<PaymentView> pay(UUID id, @Body @Valid AmountRequest amount, CurrentUser user) {
        GrantPayment payment = grants.pay(id, amount.amountYen(), user.username());
        return HttpResponse.created(PaymentView.of(payment),
                URI.create("/api/fund/applications/" + id + "/payments"));
    }
}
