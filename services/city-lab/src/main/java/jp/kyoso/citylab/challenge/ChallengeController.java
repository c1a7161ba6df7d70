package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
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
import jp.kyoso.citylab.discovery.ChallengeDiscovery;
import jp.kyoso.citylab.discovery.ChallengeFilter;
import jp.kyoso.citylab.shared.Paging;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Issue-solving challenges (課題解決型): DRAFT → IN_REFINEMENT → AWAITING_SIGNOFF → PUBLISHED → CLOSED → ARCHIVED.
 * An action the current state does not allow answers 409 with the state and the action.
 */
@Controller("/api/citylab/challenges")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "challenges", description = "課題 — issue-solving challenges")
public class ChallengeController {

    private static final int MIN_SIMILAR_TEXT = 2;

    private final ChallengeService challenges;
    private final ChallengeDiscovery discovery;

    public ChallengeController(ChallengeService challenges, ChallengeDiscovery discovery) {
        this.challenges = challenges;
        this.discovery = discovery;
    }

    @Post
    @Secured(Roles.STAFF)
    @Operation(summary = "Draft a challenge for the caller's department (STAFF)")
    public HttpResponse<ChallengeView> draft(@Body @Valid ChallengeDraftRequest draft, CurrentUser user) {
        Challenge challenge = challenges.draft(draft.toCommand(), user);
        return HttpResponse.created(ChallengeView.of(challenge),
                URI.create("/api/citylab/challenges/" + challenge.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "List challenges: published and closed ones for everyone; any status for the secretariat; "
            + "mine=true for a department's own (as /search?mine=true, which also filters)")
    public PageResponse<ChallengeView> list(@Nullable @QueryValue ChallengeStatus status,
                                            @Nullable @QueryValue Boolean mine, PageRequest paging,
                                            @Nullable CurrentUser user) {
        if (Boolean.TRUE.equals(mine)) {
            return discovery.search(ChallengeFilter.mine(status), paging, user).page(paging);
        }
        return Paging.response(challenges.list(status, user, Paging.of(paging, Sort.Order.desc("draftedAt"))),
                paging, ChallengeView::of);
    }

    @Get("/similar")
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Existing challenges similar to a text being drafted, q (Japanese trigram similarity); "
            + "text= is the old name of q, accepted until the next release")
    public List<SimilarChallengeView> similar(@Nullable @QueryValue String q,
                                              @Nullable @QueryValue("text") @Deprecated String text) {
        String typed = q != null ? q : text;
        if (typed == null || typed.strip().length() < MIN_SIMILAR_TEXT) {
            throw InvalidInputException.of("q", "Size", MIN_SIMILAR_TEXT, 4000);
        }
        return challenges.similar(typed).stream().map(SimilarChallengeView::of).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One challenge; before publication only the secretariat and its department see it")
    public ChallengeView get(UUID id, @Nullable CurrentUser user) {
        return ChallengeView.of(challenges.get(id, user));
    }

    @Get("/{id}/versions")
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "The kept versions of a challenge's text, newest first, with who and when")
    public PageResponse<ChallengeVersionView> versions(UUID id, PageRequest paging, CurrentUser user) {
        return Paging.response(challenges.versions(id, user, Paging.of(paging, Sort.Order.desc("number"))), paging,
                ChallengeVersionView::of);
    }

    @Post("/{id}/start-refinement")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "The secretariat takes a draft up for refinement (DRAFT → IN_REFINEMENT)")
    public ChallengeView startRefinement(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.startRefinement(id, user));
    }

    /** The old path of {@link #startRefinement}, accepted until the next release. */
    @Deprecated
    @Post("/{id}/refinement")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Old path of /start-refinement, accepted until the next release", deprecated = true)
    public ChallengeView startRefinementAtOldPath(UUID id, CurrentUser user) {
        return startRefinement(id, user);
    }

    @Post("/{id}/versions")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Refine: a new kept version of the text and the solution direction (IN_REFINEMENT)")
    public HttpResponse<ChallengeView> refine(UUID id, @Body @Valid ChallengeRefinementRequest refinement,
                                              CurrentUser user) {
        Challenge refined = challenges.refine(id, refinement.toCommand(), user);
        return HttpResponse.created(ChallengeView.of(refined),
                URI.create("/api/citylab/challenges/" + id + "/versions"));
    }

    @Post("/{id}/request-signoff")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Ask the department to sign off (IN_REFINEMENT → AWAITING_SIGNOFF)")
    public ChallengeView requestSignoff(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.requestSignoff(id, user));
    }

    /** The old path of {@link #requestSignoff}, accepted until the next release. */
    @Deprecated
    @Post("/{id}/signoff-request")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Old path of /request-signoff, accepted until the next release", deprecated = true)
    public ChallengeView requestSignoffAtOldPath(UUID id, CurrentUser user) {
        return requestSignoff(id, user);
    }

    @Post("/{id}/sign-off")
    @Secured(Roles.STAFF)
    @Operation(summary = "The owning department signs the refined challenge off")
    public ChallengeView signOff(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.signOff(id, user));
    }

    /** The old path of {@link #signOff}, accepted until the next release. */
    @Deprecated
    @Post("/{id}/signoff")
    @Secured(Roles.STAFF)
    @Operation(summary = "Old path of /sign-off, accepted until the next release", deprecated = true)
    public ChallengeView signOffAtOldPath(UUID id, CurrentUser user) {
        return signOff(id, user);
    }

    @Post("/{id}/send-back")
    @Secured(Roles.STAFF)
    @Operation(summary = "The owning department asks for changes (AWAITING_SIGNOFF → IN_REFINEMENT)")
    public ChallengeView sendBack(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.sendBack(id, user));
    }

    @Post("/{id}/publish")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Publish a signed-off challenge (AWAITING_SIGNOFF → PUBLISHED)")
    public ChallengeView publish(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.publish(id, user));
    }

    @Post("/{id}/close")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Close a published challenge before its deadline (PUBLISHED → CLOSED)")
    public ChallengeView close(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.close(id, user));
    }

    @Post("/{id}/archive")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Archive a closed challenge (CLOSED → ARCHIVED)")
    public ChallengeView archive(UUID id, CurrentUser user) {
        return ChallengeView.of(challenges.archive(id, user));
    }
}
