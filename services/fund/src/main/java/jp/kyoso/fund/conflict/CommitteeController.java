package jp.kyoso.fund.conflict;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.fund.committee.CommitteeRoster;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.Roles;

/** The committee roster as the secretariat sees it: who can review, and their declared affiliations. */
@Controller("/api/fund/committee")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "fund: committee", description = "審査委員と所属の申告")
public class CommitteeController {

    private final CommitteeRoster committee;
    private final AffiliationService affiliations;

    public CommitteeController(CommitteeRoster committee, AffiliationService affiliations) {
        this.committee = committee;
        this.affiliations = affiliations;
    }

    @Get
    @Operation(summary = "Committee members known to the fund (registered on first use), with affiliations")
    public PageResponse<CommitteeMemberView> committee(PageRequest paging) {
        return Views.page(committee.all().stream()
                .map(m -> CommitteeMemberView.of(m, affiliations.of(m.reviewerId()))).toList(), paging);
    }
}
