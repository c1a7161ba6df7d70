package jp.kyoso.fund.grantapplication;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.Roles;

/** The applications submitted to one call, as the secretariat reads them (drafts stay with their applicant). */
@Controller("/api/fund/calls/{id}/applications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "fund: applications", description = "助成申請（下書き・提出・取下げ・完了報告）")
public class CallApplicationsController {

    private final CallService calls;
    private final ApplicationService applications;
    private final Messages messages;

    public CallApplicationsController(CallService calls, ApplicationService applications, Messages messages) {
        this.calls = calls;
        this.applications = applications;
        this.messages = messages;
    }

    @Get
    @Operation(summary = "Submitted applications of a call (the secretariat's view)")
    public PageResponse<ApplicationView> applications(UUID id, PageRequest paging, HttpRequest<?> request) {
        calls.get(id);
        Page<GrantApplication> found = applications.ofCall(id,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("submittedAt"))));
        return PageResponse.of(found.getContent().stream()
                .map(a -> ApplicationView.of(a, applications.budgetOf(a.id()), true,
                        Views.translator(messages, request))).toList(), paging,
                found.getTotalSize());
    }
}
