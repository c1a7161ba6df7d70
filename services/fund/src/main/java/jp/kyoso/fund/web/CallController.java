package jp.kyoso.fund.web;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.application.ApplicationService;
import jp.kyoso.fund.application.CallService;
import jp.kyoso.fund.application.DecisionPack;
import jp.kyoso.fund.application.DecisionService;
import jp.kyoso.fund.application.ReviewService;
import jp.kyoso.fund.domain.CallStatus;
import jp.kyoso.fund.domain.FundCall;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Calls for applications (公募): set up, opened and closed by the secretariat; read by every signed-in user. */
@Controller("/api/fund/calls")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: calls", description = "公募・審査割当・利益相反台帳・採択資料")
public class CallController {

    private final CallService calls;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final Messages messages;

    public CallController(CallService calls, ApplicationService applications, ReviewService reviews,
                          DecisionService decisions, Messages messages) {
        this.messages = messages;
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Post
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Set up a call as a draft, on the committee's decision")
    public HttpResponse<CallView> create(@Body @Valid CallRequest call, CurrentUser user) {
        FundCall created = calls.create(call.toCommand(), user.username());
        return HttpResponse.created(view(created), URI.create("/api/fund/calls/" + created.id()));
    }

    @Post("/{id}/open")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Open a draft call: DRAFT → OPEN")
    public CallView open(UUID id, CurrentUser user) {
        return view(calls.open(id, user.username()));
    }

    @Post("/{id}/close")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Close an open call for review: OPEN → CLOSED")
    public CallView close(UUID id, CurrentUser user) {
        return view(calls.close(id, user.username()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "List calls, optionally searching titles (q, Japanese works): public, like a city's call "
            + "for applications; drafts only for the secretariat")
    public PageResponse<CallView> list(@Nullable @QueryValue String q, PageRequest paging,
                                       @Nullable CurrentUser user) {
        if (q != null && q.length() > 100) {
            throw InvalidInputException.of("q", "Size.max", 100);
        }
        Page<FundCall> found = calls.list(runsTheFund(user), q,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("opensAt"))));
        return PageResponse.of(found.getContent().stream().map(this::view).toList(), paging, found.getTotalSize());
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A call with its requirements and scoring criteria (public once opened)")
    public CallView get(UUID id, @Nullable CurrentUser user) {
        FundCall call = calls.get(id);
        if (call.status() == CallStatus.DRAFT && !runsTheFund(user)) {
            throw new NotFoundException("resource.call", id);
        }
        return view(call);
    }

    private static boolean runsTheFund(@Nullable CurrentUser user) {
        return user != null && user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
    }

    @Get("/{id}/applications")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Submitted applications of a call (the secretariat's view)")
    public PageResponse<ApplicationView> applications(UUID id, PageRequest paging,
                                                      io.micronaut.http.HttpRequest<?> request) {
        calls.get(id);
        Page<GrantApplication> found = applications.ofCall(id,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("submittedAt"))));
        return PageResponse.of(found.getContent().stream()
                .map(a -> ApplicationView.of(a, applications.budgetOf(a.id()), true,
                        Views.translator(messages, request))).toList(), paging,
                found.getTotalSize());
    }

    @Post("/{id}/assignments")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Assign reviewers automatically, respecting conflicts and the load cap")
    public List<AssignmentView> assign(UUID id, CurrentUser user) {
        return reviews.assignAutomatically(id, user.username()).stream().map(AssignmentView::of).toList();
    }

    @Get("/{id}/assignments")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Who reviews which application of the call")
    public PageResponse<AssignmentView> assignments(UUID id, PageRequest paging) {
        return Views.page(reviews.assignmentsOfCall(id).stream().map(AssignmentView::of).toList(), paging);
    }

    @Get("/{id}/conflicts")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "The conflict-of-interest register of the call: declarations and recusals")
    public PageResponse<DecisionPack.ConflictLine> conflicts(UUID id, PageRequest paging) {
        return Views.page(reviews.registerOfCall(id).stream()
                .map(r -> new DecisionPack.ConflictLine(r.applicationId(), r.reviewerId(), r.conflicted(),
                        r.automatic(), r.reason(), r.recordedAt())).toList(), paging);
    }

    @Get("/{id}/decision-pack")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Ranked list, requested vs available money, score spread and conflict log")
    public DecisionPack decisionPack(UUID id) {
        return decisions.pack(id);
    }

    private CallView view(FundCall call) {
        return CallView.of(call, calls.criteriaOf(call.id()));
    }
}
