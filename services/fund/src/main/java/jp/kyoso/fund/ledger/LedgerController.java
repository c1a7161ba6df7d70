package jp.kyoso.fund.ledger;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.fund.shared.AmountRequest;
import jp.kyoso.fund.shared.Views;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** The fund's money: the secretariat records contributions; the committee reads balance and statements. */
@Controller("/api/fund")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: ledger", description = "出資（区・出資企業）と基金残高")
public class LedgerController {

    private final LedgerService ledger;

    public LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Post("/contributions")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record a pledge by the city or an investor company (出資の申込)")
    public HttpResponse<ContributionView> pledge(@Body @Valid PledgeRequest pledge, CurrentUser user,
                                                 HttpRequest<?> request) {
        Contribution contribution = ledger.pledge(pledge.toCommand(), user.username());
        return HttpResponse.created(ContributionView.of(contribution, Views.english(request)),
                URI.create("/api/fund/contributions/" + contribution.id()));
    }

    @Post("/contributions/{id}/receipts")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record money received against a pledge (入金); never more than pledged")
    public ContributionView receive(UUID id, @Body @Valid AmountRequest receipt, CurrentUser user,
                                    HttpRequest<?> request) {
        return ContributionView.of(ledger.receive(id, receipt.amountYen(), user.username()), Views.english(request));
    }

    @Get("/contributions")
    @Secured({Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "List contributions, optionally of one kind (contributorKind CITY or INVESTOR; kind is its "
            + "deprecated name, accepted for one release)")
    public PageResponse<ContributionView> contributions(@Nullable @QueryValue ContributorKind contributorKind,
                                                        @Nullable @QueryValue("kind") ContributorKind kind,
                                                        PageRequest paging, HttpRequest<?> request) {
        Page<Contribution> found = ledger.list(contributorKind != null ? contributorKind : kind,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("pledgedAt"))));
        boolean english = Views.english(request);
        return PageResponse.of(found.getContent().stream().map(c -> ContributionView.of(c, english)).toList(),
                paging, found.getTotalSize());
    }

    @Get("/balance")
    @Secured({Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The fund's balance: received, awarded, paid and available")
    public BalanceView balance() {
        return BalanceView.of(ledger.balance());
    }

    @Get("/ledger")
    @Secured({Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The ledger lines of a fiscal year (pledges, receipts, awards, payments), oldest first")
    public PageResponse<LedgerEntryView> ledger(@Nullable @QueryValue Integer fiscalYear, PageRequest paging) {
        Page<jp.kyoso.fund.ledger.LedgerEntry> found = ledger.ledger(yearOrCurrent(fiscalYear),
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("occurredAt"))));
        return PageResponse.of(found.getContent().stream().map(LedgerEntryView::of).toList(), paging,
                found.getTotalSize());
    }

    @Get("/statements")
    @Secured({Roles.SECRETARIAT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Statement of a fiscal year per contributor, city / private totals, grants")
    public Statement statement(@Nullable @QueryValue Integer fiscalYear) {
        return ledger.statement(yearOrCurrent(fiscalYear));
    }

    private int yearOrCurrent(@Nullable Integer fiscalYear) {
        return ledger.fiscalYearOrCurrent(fiscalYear);
    }
}
