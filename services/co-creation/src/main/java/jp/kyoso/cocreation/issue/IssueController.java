package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** The issue board (課題抽出): raise, find similar, endorse, comment; the secretariat merges and promotes. */
@Controller("/api/cocreation/issues")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "issues")
public class IssueController {

    private final IssueService issues;

    public IssueController(IssueService issues) {
        this.issues = issues;
    }

    @Get
    @Operation(summary = "The board, optionally by status; sort=-createdAt (newest first, the default) or "
            + "sort=-endorsements (most endorsed first); q searches Japanese title and body instead. sort=endorsements "
            + "is the old value of sort=-endorsements, accepted until the next release")
    public PageResponse<IssueView> board(@Nullable @QueryValue IssueStatus status, @Nullable @QueryValue String sort,
                                         @Nullable @QueryValue String q, PageRequest paging) {
        Page<Issue> found = q != null && !q.isBlank() ? issues.search(q, paging.page(), paging.size())
                : issues.board(status, IssueOrder.of(sort), paging.page(), paging.size());
        return PageResponse.of(found.getContent().stream().map(IssueView::of).toList(), paging,
                found.getTotalSize());
    }

    /** At most five, so not paged: shown under the form while a member drafts an issue. */
    @Get("/similar")
    @Operation(summary = "Issues similar to a draft's title and body in q (Japanese trigram similarity), most similar "
            + "first. text= is the old name of q, accepted until the next release")
    public List<IssueView> similar(@Nullable @QueryValue String q,
                                   @Nullable @QueryValue("text") @Deprecated String text) {
        return issues.similarTo(q != null ? q : text).stream().map(IssueView::of).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One issue with its challenge and outcome once City Lab took it up")
    public IssueView get(UUID id) {
        return IssueView.of(issues.get(id));
    }

    @Post
    @Operation(summary = "Raise a local issue with SDG targets, for a member organisation the caller acts for")
    public HttpResponse<IssueView> raise(@Body @Valid IssueRequest issue, CurrentUser user) {
        Issue raised = issues.raise(issue.organisationId(), issue.title(), issue.body(), issue.sdgTargets(), user);
        return HttpResponse.created(IssueView.of(raised), URI.create("/api/cocreation/issues/" + raised.id()));
    }

    @Post("/{id}/endorsements")
    @Operation(summary = "Endorse an open issue; once per person")
    public IssueView endorse(UUID id, CurrentUser user) {
        return IssueView.of(issues.endorse(id, user));
    }

    @Post("/{id}/comments")
    @Operation(summary = "Comment on an issue")
    public HttpResponse<CommentView> comment(UUID id, @Body @Valid CommentRequest comment, CurrentUser user) {
        IssueComment created = issues.comment(id, comment.body(), user);
        return HttpResponse.created(CommentView.of(created));
    }

    @Get("/{id}/comments")
    @Operation(summary = "An issue's comments, oldest first")
    public PageResponse<CommentView> comments(UUID id, PageRequest paging) {
        Page<IssueComment> found = issues.comments(id, paging.page(), paging.size());
        return PageResponse.of(found.getContent().stream().map(CommentView::of).toList(), paging,
                found.getTotalSize());
    }

    @Post("/{id}/merge")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Merge a duplicate into another issue; its endorsements move there")
    public IssueView merge(UUID id, @Body @Valid MergeRequest merge, CurrentUser user) {
        return IssueView.of(issues.merge(id, merge.mergedIntoIssueId(), user.username()));
    }

    @Post("/{id}/promote")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Promote a ripe issue to a City Lab challenge (IssuePromotedToChallenge)")
    public IssueView promote(UUID id, @Body @Valid PromotionRequest promotion, CurrentUser user) {
        return IssueView.of(issues.promote(id, promotion.departmentId(), user.username()));
    }
}
