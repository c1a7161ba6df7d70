package jp.kyoso.fund.investor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import jp.kyoso.fund.ledger.LedgerService;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** An investor company's people read their own organisation's statement, never another contributor's. */
@Controller("/api/fund/statements/mine")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fund: ledger")
public class InvestorStatementController {

    private final InvestorStatements statements;
    private final LedgerService ledger;

    public InvestorStatementController(InvestorStatements statements, LedgerService ledger) {
        this.statements = statements;
        this.ledger = ledger;
    }

    @Get
    @Secured(Roles.MEMBER)
    @Operation(summary = "The caller's investor organisation's statement of a fiscal year (出資者向け報告)")
    public InvestorStatement mine(@Nullable @QueryValue Integer fiscalYear, CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("fund.statement.notInvestor");
        }
        return statements.of(UUID.fromString(user.organisationId()), ledger.fiscalYearOrCurrent(fiscalYear));
    }
}
