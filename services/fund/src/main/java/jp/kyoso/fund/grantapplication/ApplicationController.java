package jp.kyoso.fund.grantapplication;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.continuation.Continuations;
import jp.kyoso.fund.continuation.ProjectChoiceView;
import jp.kyoso.fund.shared.TextRequest;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Applications as their applicant organisation handles them, and as the secretariat reads them. */
@Controller("/api/fund/applications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: applications", description = "助成申請（下書き・提出・取下げ・完了報告）")
public class ApplicationController {

    private final ApplicationService applications;
    private final Messages messages;
    private final Continuations continuations;

    public ApplicationController(ApplicationService applications, Messages messages,
                                 Continuations continuations) {
        this.applications = applications;
        this.continuations = continuations;
        this.messages = messages;
    }

    @Post
    @Secured(Roles.MEMBER)
    @Operation(summary = "Start a draft application to an open call (approved member organisations only)")
    public HttpResponse<ApplicationView> draft(@Body @Valid ApplicationRequest application, CurrentUser user,
                                               HttpRequest<?> request) {
        if (application.callId() == null) {
            throw InvalidInputException.of("callId", "Required");
        }
        continuations.check(application.continuesProjectId(), user);
        GrantApplication created = applications.draft(application.callId(), application.toContent(), user);
        continuations.set(created.id(), application.continuesProjectId());
        return HttpResponse.created(view(created, request), URI.create("/api/fund/applications/" + created.id()));
    }

    @Put("/{id}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Edit a draft")
    public ApplicationView edit(UUID id, @Body @Valid ApplicationRequest application, CurrentUser user,
                                HttpRequest<?> request) {
        continuations.check(application.continuesProjectId(), user);
        GrantApplication edited = applications.edit(id, application.toContent(), user);
        continuations.set(id, application.continuesProjectId());
        return view(edited, request);
    }

    @Post("/{id}/submit")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Submit before the close date; eligibility is checked at once")
    public ApplicationView submit(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(applications.submit(id, user), request);
    }

    @Post("/{id}/withdraw")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Withdraw a draft or an undecided application")
    public ApplicationView withdraw(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(applications.withdraw(id, user), request);
    }

    @Post("/{id}/report")
    @Secured(Roles.MEMBER)
    @Operation(summary = "File the final report of a funded project")
    public ApplicationView report(UUID id, @Body @Valid TextRequest report, CurrentUser user, HttpRequest<?> request) {
        return view(applications.report(id, report.text(), user), request);
    }

    @Get("/mine")
    @Secured(Roles.MEMBER)
    @Operation(summary = "The caller's organisation's applications with status and decision summary")
    public PageResponse<ApplicationView> mine(PageRequest paging, CurrentUser user, HttpRequest<?> request) {
        Page<GrantApplication> found = applications.mine(user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("createdAt"))));
        return PageResponse.of(found.getContent().stream().map(a -> view(a, request)).toList(), paging,
                found.getTotalSize());
    }

    @Get("/{id}")
    @Secured({Roles.MEMBER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "An application: the applicant's own, or any for the secretariat (committee: /api/fund/review)")
    public ApplicationView get(UUID id, CurrentUser user, HttpRequest<?> request) {
        GrantApplication application = user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN) ? applications.get(id)
                : applications.own(id, user);
        return view(application, request);
    }

    @Get("/continuable-projects")
    @Secured(Roles.MEMBER)
    @Operation(summary = "The City Lab collaboration projects the caller's organisation is a partner of, which an "
            + "application may name as continued (continuesProjectId)")
    public List<ProjectChoiceView> continuableProjects(CurrentUser user) {
        return continuations.choicesOf(user).stream().map(ProjectChoiceView::of).toList();
    }

    private ApplicationView view(GrantApplication application, HttpRequest<?> request) {
        ApplicationView view = ApplicationView.of(application, applications.budgetOf(application.id()), true,
                Views.translator(messages, request));
        return continuations.continuedBy(application.id()).map(view::continuing).orElse(view);
    }
}
