package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.search.SdgFilter;
import jp.kyoso.web.search.SdgSearch;
import jp.kyoso.web.security.CurrentUser;

/** Seeds (シーズ): the public catalogue with Japanese keyword search; members publish, edit and withdraw theirs. */
@Controller("/api/cocreation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "seeds")
public class SeedController {

    private final SeedService seeds;

    public SeedController(SeedService seeds) {
        this.seeds = seeds;
    }

    @Get("/seeds")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The public seed catalogue; q searches Japanese title, description and keywords (pg_trgm); "
            + "sdgGoal (1–17) or sdgTarget (e.g. 11.2) filter by SDG. goal= and target= are the old names of "
            + "sdgGoal and sdgTarget, accepted until the next release")
    public PageResponse<SeedView> catalogue(@Nullable @QueryValue String q, @Nullable @QueryValue Integer sdgGoal,
                                            @Nullable @QueryValue String sdgTarget, PageRequest paging,
                                            @Nullable @QueryValue("goal") @Deprecated Integer goal,
                                            @Nullable @QueryValue("target") @Deprecated String target) {
        SdgFilter filter = SdgSearch.of(q, sdgGoal, sdgTarget, goal, target);
        return page(seeds.catalogue(filter, paging.page(), paging.size()), paging);
    }

    @Get("/seeds/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One seed; a withdrawn one only for its organisation and the secretariat")
    public SeedView get(UUID id, @Nullable CurrentUser user) {
        return view(seeds.get(id, user));
    }

    @Get("/organisations/{id}/seeds")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "An organisation's published seeds, newest first")
    public PageResponse<SeedView> ofOrganisation(UUID id, PageRequest paging) {
        return page(seeds.ofOrganisation(id, paging.page(), paging.size()), paging);
    }

    @Post("/seeds")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Publish a seed for an active member organisation the caller acts for (SeedPublished)")
    public HttpResponse<SeedView> publish(@Body @Valid SeedRequest seed, CurrentUser user) {
        Seed published = seeds.publish(seed.organisationId(), seed.content(), user);
        return HttpResponse.created(view(published), URI.create("/api/cocreation/seeds/" + published.id()));
    }

    @Put("/seeds/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Edit a published seed of the caller's organisation (SeedPublished again)")
    public SeedView edit(UUID id, @Body @Valid SeedRequest seed, CurrentUser user) {
        return view(seeds.edit(id, seed.content(), user));
    }

    @Post("/seeds/{id}/withdraw")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Withdraw a seed from the catalogue (SeedWithdrawn); its organisation or the secretariat")
    public SeedView withdraw(UUID id, CurrentUser user) {
        return view(seeds.withdraw(id, user));
    }

    private SeedView view(Seed seed) {
        return SeedView.of(seed, seeds.organisationNames(java.util.List.of(seed.organisationId()))
                .get(seed.organisationId()));
    }

    private PageResponse<SeedView> page(Page<Seed> found, PageRequest paging) {
        Map<UUID, String> names = seeds.organisationNames(found.getContent().stream().map(Seed::organisationId).toList());
        return PageResponse.of(found.getContent().stream().map(s -> SeedView.of(s, names.get(s.organisationId())))
                .toList(), paging, found.getTotalSize());
    }
}
