package jp.kyoso.citylab.experiment;

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
import java.util.UUID;
import jp.kyoso.citylab.shared.Paging;
import jp.kyoso.citylab.shared.ReasonRequest;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Field-experiment proposals (実証実験提案型) and the catalogue of test fields departments offer. */
@Controller("/api/citylab")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "field-experiments", description = "実証実験提案 — field-experiment proposals and test fields")
public class ExperimentController {

    private final ExperimentService experiments;

    public ExperimentController(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Post("/test-fields")
    @Secured(Roles.STAFF)
    @Operation(summary = "Offer a test field in the caller's department's name (STAFF)")
    public HttpResponse<TestFieldView> offerField(@Body @Valid TestFieldRequest field, CurrentUser user) {
        TestField offered = experiments.offerField(field.toField(), user);
        return HttpResponse.created(TestFieldView.of(offered),
                URI.create("/api/citylab/test-fields?departmentId=" + offered.departmentId()));
    }

    @Get("/test-fields")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The public catalogue of test fields, optionally of one department")
    public PageResponse<TestFieldView> fields(@Nullable @QueryValue UUID departmentId, PageRequest paging) {
        return Paging.response(experiments.fields(departmentId, Paging.of(paging, Sort.Order.asc("name"))), paging,
                TestFieldView::of);
    }

    @Post("/experiments")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Propose a field experiment (MEMBER of an approved organisation)")
    public HttpResponse<ExperimentView> propose(@Body @Valid ExperimentRequest plan, CurrentUser user) {
        FieldExperiment experiment = experiments.propose(plan.toPlan(), user);
        return HttpResponse.created(view(experiment), URI.create("/api/citylab/experiments/" + experiment.id()));
    }

    @Get("/experiments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Field-experiment proposals: all for the secretariat, own for a member, asked-to-host for staff")
    public PageResponse<ExperimentView> list(PageRequest paging, CurrentUser user) {
        return Paging.response(experiments.list(user, Paging.of(paging, Sort.Order.desc("proposedAt"))), paging,
                this::view);
    }

    @Get("/experiments/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One field-experiment proposal with its hosts' answers")
    public ExperimentView get(UUID id, CurrentUser user) {
        return view(experiments.get(id, user));
    }

    @Post("/experiments/{id}/hosts")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Ask a department to host the experiment (secretariat)")
    public ExperimentView assignHost(UUID id, @Body @Valid HostRequest host, CurrentUser user) {
        return view(experiments.assignHost(id, host.departmentId(), user));
    }

    @Post("/experiments/{id}/accept")
    @Secured(Roles.STAFF)
    @Operation(summary = "The caller's department agrees to host: starts a collaboration project")
    public ExperimentView accept(UUID id, CurrentUser user) {
        return view(experiments.accept(id, user));
    }

    @Post("/experiments/{id}/decline")
    @Secured(Roles.STAFF)
    @Operation(summary = "The caller's department declines to host, with a reason the proposer sees")
    public ExperimentView decline(UUID id, @Body @Valid ReasonRequest decline, CurrentUser user) {
        return view(experiments.decline(id, decline.reason(), user));
    }

    private ExperimentView view(FieldExperiment experiment) {
        return ExperimentView.of(experiment, experiments.hosts(experiment.id()));
    }
}
