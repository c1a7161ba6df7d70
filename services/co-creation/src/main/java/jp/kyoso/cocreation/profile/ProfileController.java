package jp.kyoso.cocreation.profile;

import io.micronaut.data.model.Page;
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
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;

/** Public organisation profiles: what the platform knows about a member, for residents and partners to read. */
@Controller("/api/cocreation/organisations/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "profiles")
public class ProfileController {

    private final ProfileService profiles;

    public ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Get("/profile")
    @Operation(summary = "A member organisation's public profile: seeds, adopted proposals, collaboration projects")
    public ProfileView profile(UUID id, HttpRequest<?> request) {
        return ProfileView.of(profiles.profile(id), Locale.ENGLISH.equals(RequestLocale.of(request)));
    }

    @Get("/achievements")
    @Operation(summary = "A member organisation's adopted proposals or collaboration projects, newest first")
    public PageResponse<AchievementView> achievements(UUID id, @QueryValue AchievementKind kind, PageRequest paging) {
        profiles.publicOrganisation(id);
        Page<Achievement> found = profiles.achievements(id, kind, paging.page(), paging.size());
        return PageResponse.of(found.getContent().stream().map(AchievementView::of).toList(), paging,
                found.getTotalSize());
    }
}
