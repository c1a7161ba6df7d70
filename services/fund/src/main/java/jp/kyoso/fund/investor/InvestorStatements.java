package jp.kyoso.fund.investor;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.fund.ledger.Contribution;
import jp.kyoso.fund.ledger.FundAccount;
import jp.kyoso.fund.ledger.LedgerService;
import jp.kyoso.fund.ledger.Statement;
import jp.kyoso.web.problem.ForbiddenException;

/** Builds an investor's statement from the fund's statement of the year and its own pledges. */
@Singleton
public class InvestorStatements {

    private final LedgerService ledger;

    public InvestorStatements(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** The statement of {@code organisationId}; 403 when it has never pledged as an investor. */
    @Transactional(readOnly = true)
    public InvestorStatement of(UUID organisationId, int fiscalYear) {
        List<Contribution> pledges = ledger.investorPledges(organisationId);
        if (pledges.isEmpty()) {
            throw new ForbiddenException("fund.statement.notInvestor");
        }
        Statement fund = ledger.statement(fiscalYear);
        String id = organisationId.toString();
        List<Statement.ContributorLine> own = fund.contributors().stream()
                .filter(line -> ContributorKind.INVESTOR.name().equals(line.contributorKind())
                        && id.equals(line.contributorOrganisationId()))
                .toList();
        FundAccount account = ledger.balance();
        return new InvestorStatement(fiscalYear, organisationId, pledges.get(pledges.size() - 1).contributorName(),
                own.stream().mapToLong(Statement.ContributorLine::pledgedYen).sum(),
                own.stream().mapToLong(Statement.ContributorLine::receivedYen).sum(),
                pledges.stream().mapToLong(Contribution::outstandingYen).sum(),
                pledges.stream().map(c -> new InvestorStatement.Pledge(c.id(), c.pledgedYen(), c.receivedYen(),
                        c.outstandingYen(), c.pledgedAt())).toList(),
                fund.cityReceivedYen() + fund.privateReceivedYen(), fund.awardedYen(), fund.paidYen(),
                account.availableYen());
    }
}
