package jp.kyoso.declarations.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import jp.kyoso.declarations.declaration.DeclarationView;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Yearly progress reports, filed by the declarant's members. */
@Controller("/api/declarations/{id}/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.MEMBER)
@Tag(name = "progress reports", description = "Yearly progress reports (進捗報告), due June 30")
public class ProgressReportController {

    private final ProgressReports reports;
    private final Messages messages;

    public ProgressReportController(ProgressReports reports, Messages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Get("/form")
    @Operation(summary = "The report owed next, pre-filled from last year's report")
    public ReportFormView form(UUID id, CurrentUser user) {
        return ReportFormView.of(reports.form(id, user));
    }

    @Post
    @Operation(summary = "File the progress report", description = "Clears REPORT_OVERDUE; reactivates a declaration that LAPSED for want of it.")
    public HttpResponse<DeclarationView> file(UUID id, @Body @Valid ReportRequest report, CurrentUser user,
                                              HttpRequest<?> request) {
        return HttpResponse.created(DeclarationView.of(reports.file(id, report.fiscalYear(), report.lines().stream()
                        .map(line -> new ReportLineInput(line.commitmentId(), line.valueReached(), line.comment()))
                        .toList(), user), messages, RequestLocale.of(request)));
    }
}
