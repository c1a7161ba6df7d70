package jp.kyoso.citylab.proposal;

import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import jp.kyoso.citylab.shared.Paging;
import jp.kyoso.citylab.shared.ReasonRequest;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Proposals to published challenges. Confidential: a competing company gets 403, not the text.
 */
@Controller("/api/citylab")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "proposals", description = "提案 — proposals to challenges")
public class ProposalController {

    private final ProposalService proposals;

    public ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Post("/challenges/{challengeId}/proposals")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Submit a proposal (MEMBER of an approved organisation, before the deadline, one active per "
            + "organisation)")
    public HttpResponse<ProposalView> submit(UUID challengeId, @Body @Valid ProposalRequest proposal,
                                             CurrentUser user) {
        Proposal submitted = proposals.submit(challengeId, proposal.toContent(), user);
        return HttpResponse.created(ProposalView.of(submitted),
                URI.create("/api/citylab/proposals/" + submitted.id()));
    }

    @Get("/challenges/{challengeId}/proposals")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A challenge's proposals: all for the secretariat and the department, own for a member")
    public PageResponse<ProposalView> forChallenge(UUID challengeId, PageRequest paging, CurrentUser user) {
        return Paging.response(proposals.forChallenge(challengeId, user,
                Paging.of(paging, Sort.Order.asc("submittedAt"))), paging, ProposalView::of);
    }

    @Get("/proposals/mine")
    @Secured(Roles.MEMBER)
    @Operation(summary = "The caller's organisation's proposals, with decisions and decline reasons")
    public PageResponse<ProposalView> mine(PageRequest paging, CurrentUser user) {
        return Paging.response(proposals.ofMyOrganisation(user, Paging.of(paging, Sort.Order.desc("submittedAt"))),
                paging, ProposalView::of);
    }

    @Get("/proposals/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One proposal: only the proposer, the secretariat and the owning department")
    public ProposalView get(UUID id, CurrentUser user) {
        return ProposalView.of(proposals.get(id, user));
    }

    @Put("/proposals/{id}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Edit an open proposal until the challenge's deadline (proposer)")
    public ProposalView edit(UUID id, @Body @Valid ProposalRequest proposal, CurrentUser user) {
        return ProposalView.of(proposals.edit(id, proposal.toContent(), user));
    }

    @Post("/proposals/{id}/withdraw")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Withdraw an open proposal (proposer)")
    public ProposalView withdraw(UUID id, CurrentUser user) {
        return ProposalView.of(proposals.withdraw(id, user));
    }

    @Post("/proposals/{id}/shortlist")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Shortlist a proposal (secretariat or owning department)")
    public ProposalView shortlist(UUID id, CurrentUser user) {
        return ProposalView.of(proposals.shortlist(id, user));
    }

    @Post("/proposals/{id}/adopt")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Adopt a proposal: starts a collaboration project (secretariat or owning department)")
    public ProposalView adopt(UUID id, CurrentUser user) {
        return ProposalView.of(proposals.adopt(id, user));
    }

    @Post("/proposals/{id}/decline")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Decline a proposal with a reason the proposer sees")
    public ProposalView decline(UUID id, @Body @Valid ReasonRequest decline, CurrentUser user) {
        return ProposalView.of(proposals.decline(id, decline.reason(), user));
    }
}
