package jp.kyoso.cocreation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
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
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.cocreation.application.OrganisationService;
import jp.kyoso.cocreation.domain.Organisation;
import jp.kyoso.cocreation.domain.OrganisationStatus;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Membership applications: anyone may apply; the secretariat lists, approves and rejects. */
@Controller("/api/cocreation/organisations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganisationController {

    private final OrganisationService organisations;

    public OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Public on purpose: an organisation applies before any of its people has an account. */
    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<OrganisationView> apply(@Body @Valid OrganisationApplicationRequest application,
                                                HttpRequest<?> request) {
        Organisation organisation = organisations.apply(application.toCommand());
        return HttpResponse.created(view(organisation, request),
                URI.create("/api/cocreation/organisations/" + organisation.id()));
    }

    @Get
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    public PageResponse<OrganisationView> list(@Nullable @QueryValue OrganisationStatus status, PageRequest paging,
                                               HttpRequest<?> request) {
        Page<Organisation> found = organisations.list(status,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("appliedAt"))));
        return PageResponse.of(found.getContent().stream().map(o -> view(o, request)).toList(), paging,
                found.getTotalSize());
    }

    @Get("/{id}")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    public OrganisationView get(UUID id, HttpRequest<?> request) {
        return view(organisations.get(id), request);
    }

    @Post("/{id}/approve")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    public OrganisationView approve(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(organisations.approve(id, user.username()), request);
    }

    @Post("/{id}/reject")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    public OrganisationView reject(UUID id, @Body @Valid RejectionRequest rejection, CurrentUser user,
                                   HttpRequest<?> request) {
        return view(organisations.reject(id, rejection.reason(), user.username()), request);
    }

    private static OrganisationView view(Organisation organisation, HttpRequest<?> request) {
        return OrganisationView.of(organisation, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
