package jp.kyoso.fund.decision;

import io.micronaut.http.HttpRequest;
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
import java.util.UUID;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.ApplicationView;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.fund.shared.TextRequest;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** The secretariat records the committee's decisions, from the call's decision pack. */
@Controller("/api/fund")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "fund: decisions", description = "採択資料・採択／不採択")
public class DecisionController {

    private final DecisionService decisions;
    private final ApplicationService applications;
    private final Messages messages;

    public DecisionController(DecisionService decisions, ApplicationService applications, Messages messages) {
        this.decisions = decisions;
        this.applications = applications;
        this.messages = messages;
    }

    @Get("/calls/{id}/decision-pack")
    @Operation(summary = "Ranked list, requested vs available money, score spread and conflict log")
    public DecisionPack decisionPack(UUID id) {
        return decisions.pack(id);
    }

    @Post("/applications/{id}/award")
    @Operation(summary = "Record an award: ≤ requested, within the call's budget and the fund's available balance")
    public ApplicationView award(UUID id, @Body @Valid AwardRequest award, CurrentUser user,
                                 HttpRequest<?> request) {
        GrantApplication awarded = decisions.award(id, award.awardedYen(), award.outOfRankReason(), user.username());
        return ApplicationView.of(awarded, applications.budgetOf(id), true, Views.translator(messages, request));
    }

    @Post("/applications/{id}/reject")
    @Operation(summary = "Record a rejection with its reason (shown to the applicant)")
    public ApplicationView reject(UUID id, @Body @Valid TextRequest reason, CurrentUser user,
                                  HttpRequest<?> request) {
        return ApplicationView.of(decisions.reject(id, reason.text(), user.username()), applications.budgetOf(id),
                true, Views.translator(messages, request));
    }
}
