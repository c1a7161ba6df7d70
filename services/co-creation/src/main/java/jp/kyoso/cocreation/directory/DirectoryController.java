package jp.kyoso.cocreation.directory;

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
import java.util.Locale;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.search.SdgFilter;
import jp.kyoso.web.search.SdgSearch;

/** The public member directory (会員一覧): approved organisations, never their contacts. */
@Controller("/api/cocreation/directory")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "directory", description = "会員一覧 — public member directory")
public class DirectoryController {

    private final MemberDirectory directory;

    public DirectoryController(MemberDirectory directory) {
        this.directory = directory;
    }

    @Get
    @Operation(summary = "Approved member organisations: q (Japanese name, pg_trgm), type, declared (an active SDGs "
            + "declaration or not), sdgGoal (1–17: declared or aimed at by a published seed); best name match first, "
            + "else by name. goal= is the old name of sdgGoal, accepted until the next release")
    public PageResponse<DirectoryView> list(@Nullable @QueryValue String q, @Nullable @QueryValue OrganisationType type,
                                            @Nullable @QueryValue Boolean declared,
                                            @Nullable @QueryValue Integer sdgGoal, PageRequest paging,
                                            HttpRequest<?> request,
                                            @Nullable @QueryValue("goal") @Deprecated Integer goal) {
        boolean english = Locale.ENGLISH.equals(RequestLocale.of(request));
        SdgFilter filter = SdgSearch.of(q, sdgGoal, null, goal, null);
        MemberDirectory.Found found = directory.search(filter, type, declared, paging);
        return PageResponse.of(found.items().stream().map(entry -> DirectoryView.of(entry, english)).toList(), paging,
                found.total());
    }
}
