package jp.kyoso.fund.resolution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** The secretariat records the committee's resolutions on a call; they are public wherever the call is. */
@Controller("/api/fund/calls/{id}/resolutions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: calls")
public class ResolutionController {

    private final Resolutions resolutions;
    private final CallService calls;

    public ResolutionController(Resolutions resolutions, CallService calls) {
        this.resolutions = resolutions;
        this.calls = calls;
    }

    @Post
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record a resolution of the executive committee (実行委員会の議決): meeting date, members present, result")
    public HttpResponse<ResolutionView> record(UUID id, @Body @Valid ResolutionRequest resolution, CurrentUser user) {
        CommitteeResolution recorded = resolutions.record(id, resolution, user.username());
        return HttpResponse.created(ResolutionView.of(recorded),
                URI.create("/api/fund/calls/" + id + "/resolutions/" + recorded.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The committee's resolutions on a call, by meeting date (public once the call is opened)")
    public List<ResolutionView> list(UUID id, @Nullable CurrentUser user) {
        if (calls.get(id).status() == CallStatus.DRAFT
                && (user == null || !user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN))) {
            throw new NotFoundException("resource.call", id);
        }
        return resolutions.ofCall(id).stream().map(ResolutionView::of).toList();
    }
}
