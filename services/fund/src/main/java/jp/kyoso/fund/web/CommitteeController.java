package jp.kyoso.fund.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.fund.application.ReviewService;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.Roles;

/** The committee roster as the secretariat sees it: who can review, and their declared affiliations. */
@Controller("/api/fund/committee")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "fund: committee", description = "審査委員と所属の申告")
public class CommitteeController {

    private final ReviewService reviews;

    public CommitteeController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Get
    @Operation(summary = "Committee members known to the fund (registered on first use), with affiliations")
    public PageResponse<CommitteeMemberView> committee(PageRequest paging) {
        return Views.page(reviews.committee().stream()
                .map(m -> CommitteeMemberView.of(m, reviews.affiliationsOf(m.reviewerId()))).toList(), paging);
    }
}
