package jp.kyoso.citylab.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
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
import java.util.UUID;
import jp.kyoso.citylab.shared.Paging;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Collaboration projects (連携事業): listed publicly; the secretariat or the department completes them. */
@Controller("/api/citylab/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "projects", description = "連携事業 — collaboration projects")
public class ProjectController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final ProjectService projects;

    public ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Collaboration projects, newest first; filter by fiscal year of start and status")
    public PageResponse<ProjectView> list(@Nullable @QueryValue Integer fiscalYear,
                                          @Nullable @QueryValue ProjectStatus status, PageRequest paging) {
        if (fiscalYear != null && (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR)) {
            throw InvalidInputException.of("fiscalYear", "fiscalYear.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
        return Paging.response(projects.list(fiscalYear, status, Paging.of(paging, Sort.Order.desc("startedAt"))),
                paging, ProjectView::of);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One collaboration project")
    public ProjectView get(UUID id) {
        return ProjectView.of(projects.get(id));
    }

    @Post("/{id}/complete")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Complete a project with a short result report (ACTIVE → COMPLETED)")
    public ProjectView complete(UUID id, @Body @Valid CompletionRequest completion, CurrentUser user) {
        return ProjectView.of(projects.complete(id, completion.resultReport(), user));
    }
}
