package jp.kyoso.fund.payment;

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
import java.net.URI;
import java.util.UUID;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.shared.AmountRequest;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Tranches of an awarded grant: paid by the secretariat, read by the grantee too. */
@Controller("/api/fund/applications/{id}/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: payments", description = "助成金の支払")
public class PaymentController {

    private final PaymentService payments;
    private final ApplicationService applications;

    public PaymentController(PaymentService payments, ApplicationService applications) {
        this.payments = payments;
        this.applications = applications;
    }

    @Post
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Pay a tranche of an awarded grant; the tranches never exceed the award")
    public HttpResponse<PaymentView> pay(UUID id, @Body @Valid AmountRequest amount, CurrentUser user) {
        GrantPayment payment = payments.pay(id, amount.amountYen(), user.username());
        return HttpResponse.created(PaymentView.of(payment),
                URI.create("/api/fund/applications/" + id + "/payments"));
    }

    @Get
    @Secured({Roles.MEMBER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Tranches paid on a grant")
    public PageResponse<PaymentView> payments(UUID id, PageRequest paging, CurrentUser user) {
        if (!user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN)) {
            applications.own(id, user);
        }
        return Views.page(payments.paymentsOf(id).stream().map(PaymentView::of).toList(), paging);
    }
}
