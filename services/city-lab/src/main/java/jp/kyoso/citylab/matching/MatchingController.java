package jp.kyoso.citylab.matching;

import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
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
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.citylab.shared.Paging;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Concierge matching for the secretariat: ranked organisations for a published challenge, and invitations. */
@Controller("/api/citylab/challenges/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "matching", description = "コンシェルジュ・マッチング — concierge matching and invitations")
public class MatchingController {

    private final MatchingService matching;
    private final InvitationService invitations;
    private final MatchReasons reasons;

    public MatchingController(MatchingService matching, InvitationService invitations, MatchReasons reasons) {
        this.matching = matching;
        this.invitations = invitations;
        this.reasons = reasons;
    }

    @Get("/matches")
    @Operation(summary = "Member organisations ranked for a published challenge by SDG-target overlap and Japanese "
            + "text similarity of their seeds, with the reason for each rank")
    public PageResponse<MatchView> matches(UUID id, PageRequest paging, HttpRequest<?> request) {
        Locale locale = RequestLocale.of(request);
        List<OrganisationMatch> ranked = matching.rank(id);
        List<MatchView> page = ranked.stream().skip(paging.offset()).limit(paging.limit())
                .map(match -> MatchView.of(match, reasons.of(match.best(), locale))).toList();
        return PageResponse.of(page, paging, ranked.size());
    }

    @Post("/invitations")
    @Operation(summary = "Invite an approved organisation to propose; its outcome is recorded when it proposes or "
            + "the challenge closes")
    public HttpResponse<InvitationView> invite(UUID id, @Body @Valid InvitationRequest invitation, CurrentUser user) {
        Invitation sent = invitations.invite(id, invitation.organisationId(), invitation.seedId(), user);
        return HttpResponse.created(InvitationView.of(sent), URI.create("/api/citylab/challenges/" + id
                + "/invitations"));
    }

    @Get("/invitations")
    @Operation(summary = "A challenge's invitations and their outcomes")
    public PageResponse<InvitationView> invitations(UUID id, PageRequest paging) {
        return Paging.response(invitations.list(id, Paging.of(paging, Sort.Order.asc("sentAt"))), paging,
                InvitationView::of);
    }
}
