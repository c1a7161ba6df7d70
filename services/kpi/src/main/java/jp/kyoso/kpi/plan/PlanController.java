package jp.kyoso.kpi.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
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
        Plan created = plans.create(plan.code(), plan.name(), plan.achievementConvention(), user.username());
        return HttpResponse.created(PlanView.of(created, List.of()), URI.create("/api/kpi/plans/" + created.code()));
    }

    @Put("/{code}/settings")
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Change the plan's convention for 達成度 (PROGRESS, CURRENT_OVER_TARGET, PRO_RATED)")
    public PlanView settings(String code, @Body PlanSettings settings) {
        Plan plan = plans.changeConvention(code, settings.achievementConvention());
        return PlanView.of(plan, plans.tables(code));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "List plans")
    public PageResponse<PlanView> list(PageRequest paging) {
        return plans.plans(paging).map(plan -> PlanView.of(plan, List.of()));
    }

    @Get("/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One plan, with its convention for 達成度 and its imported tables (columns, free-text sections)")
    public PlanView plan(String code) {
        return PlanView.of(plans.plan(code), plans.tables(code));
    }

    @Post(value = "/{code}/sheets", consumes = {TSV, MediaType.TEXT_PLAIN})
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Import a table pasted from an evaluation sheet (tab-separated, header row first)",
            description = "Every row becomes (or updates) an indicator of the plan; the answer shows how each row "
                    + "was read, the achievement rate the plan's convention gives and how it compares with the "
                    + "sheet's, the recognised columns and which rows repeat which.")
    public SheetImportView importSheet(String code, @Body String sheet, CurrentUser user) {
        return SheetImportView.of(plans.importSheet(code, sheet, user.username()), true);
    }

    @Post(value = "/{code}/sheets/preview", consumes = {TSV, MediaType.TEXT_PLAIN})
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Read a pasted table as the import would, storing nothing (recognised columns first)")
    public SheetImportView preview(String code, @Body String sheet, CurrentUser user) {
        return SheetImportView.of(plans.preview(code, sheet, user.username()), false);
    }

    @Get("/{code}/indicators")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The plan's indicators with achievement rate, check, status and approved values (trend)")
    public List<IndicatorView> indicators(String code) {
        AchievementConvention convention = plans.plan(code).convention();
        List<PlanIndicator> indicators = plans.indicators(code);
        Map<UUID, List<SheetValue>> approved = plans.approvedValues(code);
        return indicators.stream().map(indicator -> IndicatorView.of(indicator, convention,
                approved.getOrDefault(indicator.id(), List.of()), null)).toList();
    }

    @Get("/{code}/sheet.tsv")
    @Produces(TSV + ";charset=UTF-8")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The plan as its evaluation sheet: each table in the layout it was imported in, plus the "
            + "computed 達成度 and the cross-check; tab-separated")
    public HttpResponse<String> exportTsv(String code) {
        return download(code, EvaluationSheetExport.tsv(export(code)), "tsv", TSV);
    }

    @Get("/{code}/sheet.csv")
    @Produces(CSV + ";charset=UTF-8")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The plan as its evaluation sheet, CSV with a BOM so Excel reads Japanese")
    public HttpResponse<byte[]> exportCsv(String code) {
        byte[] body = EvaluationSheetExport.csvWithBom(export(code)).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType(CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + ".csv\"");
    }

    private EvaluationSheetExport export(String code) {
        return new EvaluationSheetExport(plans.tables(code), plans.indicators(code), plans.plan(code).convention());
    }

    private static HttpResponse<String> download(String code, String body, String extension, String type) {
        return HttpResponse.ok(body).contentType(type + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "." + extension + "\"");
    }

    /** The body of a new plan; the convention defaults to PROGRESS. */
    @Serdeable
    public record NewPlan(@Nullable String code, @Nullable String name, @Nullable String achievementConvention) {
    }

    /** The plan's settings. */
    @Serdeable
    public record PlanSettings(@Nullable String achievementConvention) {
    }

    /** A plan as the API shows it; {@code tables} only for one plan. */
    @Serdeable
    public record PlanView(String code, String name, AchievementConvention achievementConvention, String createdAt,
                           List<SheetImportView.TableView> tables) {
        static PlanView of(Plan plan, List<PlanTable> tables) {
            return new PlanView(plan.code(), plan.name(), plan.convention(), plan.createdAt().toString(),
                    tables.stream().map(SheetImportView.TableView::of).toList());
        }
    }
}
