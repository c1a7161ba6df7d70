package jp.kyoso.fund.conflict;

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
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Conflicts of interest: a committee member's affiliations and declarations, and the register of a call for the
 * secretariat. {@code POST …/conflict} is the deprecated name of {@code POST …/conflicts}, kept for one release.
 */
@Controller("/api/fund")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: conflicts of interest", description = "利益相反：所属の申告・利益相反の申告・台帳")
public class ConflictController {

    private final ConflictService conflicts;
    private final AffiliationService affiliations;

    public ConflictController(ConflictService conflicts, AffiliationService affiliations) {
        this.conflicts = conflicts;
        this.affiliations = affiliations;
    }

    @Post("/review/affiliations")
    @Secured(Roles.COMMITTEE)
    @Operation(summary = "Declare an organisation you are affiliated with (利益相反の基礎となる所属の申告)")
    public HttpResponse<AffiliationView> declareAffiliation(@Body @Valid AffiliationRequest affiliation,
                                                            CurrentUser user) {
        return HttpResponse.created(AffiliationView.of(
                affiliations.declare(user, affiliation.organisationId(), affiliation.note())));
    }

    @Get("/review/affiliations")
    @Secured(Roles.COMMITTEE)
    @Operation(summary = "Your declared affiliations")
    public PageResponse<AffiliationView> affiliations(PageRequest paging, CurrentUser user) {
        return Views.page(affiliations.of(user.userId()).stream().map(AffiliationView::of).toList(), paging);
    }

    @Post(uris = {"/review/applications/{id}/conflicts", "/review/applications/{id}/conflict"})
    @Secured(Roles.COMMITTEE)
    @Operation(summary = "Declare conflict or no conflict before seeing an application")
    public HttpResponse<ConflictView> declare(UUID id, @Body @Valid ConflictDeclarationRequest declaration,
                                              CurrentUser user) {
        Optional<String> automatic = conflicts.recuseIfConflicted(id, user);
        if (automatic.isPresent()) {
            throw new ForbiddenException(automatic.get());
        }
        ConflictRecord record = conflicts.declare(id, user, declaration.conflicted(), declaration.reason());
        return HttpResponse.created(ConflictView.of(record));
    }

    @Get("/calls/{id}/conflicts")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "The conflict-of-interest register of the call: declarations and recusals")
    public PageResponse<ConflictLine> register(UUID id, PageRequest paging) {
        return Views.page(conflicts.registerOfCall(id).stream().map(ConflictLine::of).toList(), paging);
    }
}
