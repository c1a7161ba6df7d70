package jp.kyoso.cocreation.follow;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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

/** The caller follows working groups and meetings; what happens to them arrives in the daily digest. */
@Controller("/api/cocreation/follows")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
public class FollowController {

    private final FollowService follows;

    public FollowController(FollowService follows) {
        this.follows = follows;
    }

    @Post
    @Operation(summary = "Follow a working group or a meeting the caller can see")
    public HttpResponse<FollowView> follow(@Body @Valid FollowRequest request, CurrentUser user) {
        return HttpResponse.created(FollowView.of(follows.follow(request.subjectType(), request.subjectId(), user)));
    }

    @Get
    @Operation(summary = "What the caller follows")
    public PageResponse<FollowView> list(PageRequest paging, CurrentUser user) {
        Page<Follow> found = follows.of(user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("followedAt"))));
        return PageResponse.of(found.getContent().stream().map(FollowView::of).toList(), paging, found.getTotalSize());
    }

    @Delete("/{subjectType}/{subjectId}")
    @Operation(summary = "Stop following")
    public HttpResponse<Void> unfollow(FollowSubject subjectType, UUID subjectId, CurrentUser user) {
        follows.unfollow(subjectType, subjectId, user);
        return HttpResponse.noContent();
    }
}
