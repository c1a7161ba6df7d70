package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.citylab.challenge.ChallengeView;
import jp.kyoso.citylab.matching.MatchReasons;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.search.SdgFilter;
import jp.kyoso.web.search.SdgSearch;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Finding challenges: search by Japanese keyword, SDG goal or target, department and status; and for my seeds. */
@Controller("/api/citylab/challenges")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "discovery", description = "課題をさがす — challenge search and challenges for my seeds")
public class DiscoveryController {

    private final ChallengeDiscovery discovery;
    private final MatchReasons reasons;

    public DiscoveryController(ChallengeDiscovery discovery, MatchReasons reasons) {
        this.discovery = discovery;
        this.reasons = reasons;
    }

    @Get("/search")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Search challenges: q (Japanese, pg_trgm), sdgGoal (1–17), sdgTarget (e.g. 11.2), "
            + "departmentId, status (public: PUBLISHED, CLOSED; any for the secretariat), mine=true for the caller's "
            + "department's own in any status; best keyword match first, else newest. goal= and target= are the old "
            + "names of sdgGoal and sdgTarget, accepted until the next release")
    public PageResponse<ChallengeView> search(@Nullable @QueryValue String q, @Nullable @QueryValue Integer sdgGoal,
                                              @Nullable @QueryValue String sdgTarget,
                                              @Nullable @QueryValue UUID departmentId,
                                              @Nullable @QueryValue ChallengeStatus status,
                                              @Nullable @QueryValue Boolean mine, PageRequest paging,
                                              @Nullable CurrentUser user,
                                              @Nullable @QueryValue("goal") @Deprecated Integer goal,
                                              @Nullable @QueryValue("target") @Deprecated String target) {
        SdgFilter sdg = SdgSearch.of(q, sdgGoal, sdgTarget, goal, target);
        return discovery.search(new ChallengeFilter(sdg, departmentId, status, Boolean.TRUE.equals(mine)), paging,
                user).page(paging);
    }

    @Get("/for-my-seeds")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Published challenges that fit the caller's organisation's seeds (shared SDG targets ×3, "
            + "goals ×1, Japanese text similarity ×10), best first, with the reason and the best-fitting seed")
    public PageResponse<ChallengeFitView> forMySeeds(PageRequest paging, CurrentUser user, HttpRequest<?> request) {
        Locale locale = RequestLocale.of(request);
        List<ChallengeFit> ranked = discovery.forSeedsOf(user);
        return PageResponse.of(ranked.stream().skip(paging.offset()).limit(paging.limit())
                .map(fit -> ChallengeFitView.of(fit, reasons.of(fit.score(), locale))).toList(), paging, ranked.size());
    }
}
