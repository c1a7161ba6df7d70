package jp.kyoso.kpi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.kpi.application.PlanService;
import jp.kyoso.kpi.domain.plan.Plan;
import jp.kyoso.kpi.domain.plan.PlanIndicator;
import jp.kyoso.kpi.domain.plan.SheetValue;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Plans and their indicators. Reading is public (the plan's KPIs are published); creating plans and importing
 * evaluation sheets is for city staff and the secretariat.
 */
@Controller("/api/kpi/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plan KPIs")
public class PlanController {

    /** The media type a table pasted from a spreadsheet is sent as. */
    public static final String TSV = "text/tab-separated-values";
    private static final String CSV = "text/csv";

    private final PlanService plans;

    public PlanController(PlanService plans) {
        this.plans = plans;
    }

    @Post
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Create a plan (計画) identified by a code; 409 if the code exists")
    public HttpResponse<PlanView> create(@Body NewPlan plan, CurrentUser user) {
        Plan created = plans.create(plan.code(), plan.name(), user.username());
        return HttpResponse.created(PlanView.of(created), URI.create("/api/kpi/plans/" + created.code()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "List plans")
    public PageResponse<PlanView> list(PageRequest paging) {
        return plans.plans(paging).map(PlanView::of);
    }

    @Get("/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One plan")
    public PlanView plan(String code) {
        return PlanView.of(plans.plan(code));
    }

    @Post(value = "/{code}/sheets", consumes = {TSV, MediaType.TEXT_PLAIN})
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Import a table pasted from an evaluation sheet (tab-separated, header row first)",
            description = "Every row becomes (or updates) an indicator of the plan; the answer shows how each row "
                    + "was read, the achievement rate the formula gives and how it compares with the sheet's.")
    public ImportResult importSheet(String code, @Body String sheet, CurrentUser user) {
        return new ImportResult(plans.importSheet(code, sheet, user.username()).stream()
                .map(IndicatorView::of).toList());
    }

    @Get("/{code}/indicators")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The plan's indicators with achievement rate, check, status and approved values (trend)")
    public List<IndicatorView> indicators(String code) {
        List<PlanIndicator> indicators = plans.indicators(code);
        Map<UUID, List<SheetValue>> approved = plans.approvedValues(code);
        return indicators.stream()
                .map(indicator -> IndicatorView.of(indicator, approved.getOrDefault(indicator.id(), List.of())))
                .toList();
    }

    @Get("/{code}/sheet.tsv")
    @Produces(TSV + ";charset=UTF-8")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The plan as an evaluation sheet (様式1 columns), tab-separated")
    public HttpResponse<String> exportTsv(String code) {
        return download(code, EvaluationSheetExport.tsv(plans.indicators(code)), "tsv", TSV);
    }

    @Get("/{code}/sheet.csv")
    @Produces(CSV + ";charset=UTF-8")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The plan as an evaluation sheet (様式1 columns), CSV with a BOM so Excel reads Japanese")
    public HttpResponse<byte[]> exportCsv(String code) {
        byte[] body = EvaluationSheetExport.csvWithBom(plans.indicators(code)).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType(CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + ".csv\"");
    }

    private static HttpResponse<String> download(String code, String body, String extension, String type) {
        return HttpResponse.ok(body).contentType(type + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "." + extension + "\"");
    }

    /** The body of a new plan. */
    @Serdeable
    public record NewPlan(@Nullable String code, @Nullable String name) {
    }

    /** A plan as the API shows it. */
    @Serdeable
    public record PlanView(String code, String name, String createdAt) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.code(), plan.name(), plan.createdAt().toString());
        }
    }

    /** What an import read, row by row. */
    @Serdeable
    public record ImportResult(List<IndicatorView> rows) {
    }
}
