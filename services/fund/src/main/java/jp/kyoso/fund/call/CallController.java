package jp.kyoso.fund.call;

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
import java.util.UUID;
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

    public CallController(CallService calls) {
        this.calls = calls;
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

    private CallView view(FundCall call) {
        return CallView.of(call, calls.criteriaOf(call.id()));
    }
}
