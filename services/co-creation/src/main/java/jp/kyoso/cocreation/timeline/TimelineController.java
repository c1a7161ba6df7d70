package jp.kyoso.cocreation.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.cocreation.profile.ProfileService;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * An organisation's timeline across programmes, newest first. Everyone reads the public entries of an approved
 * member; the organisation's own people and the secretariat read all of them, whatever the organisation's status.
 */
@Controller("/api/cocreation/organisations/{id}/timeline")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "profiles")
public class TimelineController {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final TimelineRepository entries;
    private final ProfileService profiles;
    private final MembershipService memberships;
    private final Messages messages;

    public TimelineController(TimelineRepository entries, ProfileService profiles, MembershipService memberships,
                              Messages messages) {
        this.entries = entries;
        this.profiles = profiles;
        this.memberships = memberships;
        this.messages = messages;
    }

    @Get
    @Operation(summary = "Every event about the organisation across programmes, newest first, each with its link")
    public PageResponse<TimelineEntryView> timeline(UUID id, PageRequest paging, @Nullable CurrentUser user,
                                                    HttpRequest<?> request) {
        boolean insider = user != null && (user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN)
                || memberships.actsFor(id, user));
        if (!insider) {
            profiles.publicOrganisation(id);
        }
        Pageable pageable = Pageable.from(paging.page(), paging.size(), NEWEST_FIRST);
        Page<TimelineEntry> found = insider ? entries.findByOrganisationId(id, pageable)
                : entries.findByOrganisationIdAndPublicEntry(id, true, pageable);
        Locale locale = RequestLocale.of(request);
        return PageResponse.of(found.getContent().stream().map(e -> TimelineEntryView.of(e, messages, locale))
                .toList(), paging, found.getTotalSize());
    }
}
