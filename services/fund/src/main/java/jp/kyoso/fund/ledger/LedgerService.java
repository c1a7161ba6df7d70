package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/** Money in: pledges and receipts by the city and investor companies; the balance and statements. */
@Singleton
public class LedgerService {

    private final ContributionRepository contributions;
    private final LedgerEntryRepository ledger;
    private final FundAccountRepository account;
    private final Outbox outbox;
    private final Clock clock;

    public LedgerService(ContributionRepository contributions, LedgerEntryRepository ledger,
                         FundAccountRepository account, Outbox outbox, Clock clock) {
        this.contributions = contributions;
        this.ledger = ledger;
        this.account = account;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Contribution pledge(Pledge pledge, String by) {
        if (pledge.contributorKind() == ContributorKind.INVESTOR && pledge.contributorOrganisationId() == null) {
            // An investor must be identifiable: its id is what conflict-of-interest checks match on.
            throw InvalidInputException.of("contributorOrganisationId", "fund.contribution.investorRequiresOrganisation");
        }
        Instant now = clock.instant();
        Contribution contribution = contributions.save(new Contribution(UUID.randomUUID(), pledge.contributorKind(),
                pledge.contributorOrganisationId(), pledge.contributorName().strip(), pledge.amountYen(), 0, now, by,
                null));
        ledger.save(LedgerEntry.ofContribution(LedgerEntryType.PLEDGE, pledge.amountYen(), contribution, now, by));
        account.addPledge(pledge.amountYen());
        outbox.append(new ContributionPledged(contribution.id().toString(), contribution.contributorKind(),
                idOrNull(contribution.contributorOrganisationId()), contribution.contributorName(),
                contribution.pledgedYen(), now, by));
        return contribution;
    }

    @Transactional
    public Contribution receive(UUID contributionId, long amountYen, String by) {
        Contribution current = contributions.lockById(contributionId)
                .orElseThrow(() -> new NotFoundException("resource.contribution", contributionId));
        if (amountYen > current.outstandingYen()) {
            throw InvalidInputException.of("amountYen", "fund.contribution.beyondPledge", current.outstandingYen());
        }
        Instant now = clock.instant();
        Contribution received = contributions.update(current.receive(amountYen));
        ledger.save(LedgerEntry.ofContribution(LedgerEntryType.RECEIPT, amountYen, received, now, by));
        account.addReceipt(amountYen);
        outbox.append(new ContributionReceived(received.id().toString(), received.contributorKind(),
                idOrNull(received.contributorOrganisationId()), amountYen, now, by));
        return received;
    }

    @Transactional(readOnly = true)
    public FundAccount balance() {
        return account.findById(1).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<Contribution> list(@Nullable ContributorKind kind, Pageable pageable) {
        return kind == null ? contributions.findAll(pageable) : contributions.findByContributorKind(kind, pageable);
    }

    @Transactional(readOnly = true)
    public Page<LedgerEntry> ledger(int fiscalYear, Pageable pageable) {
        return ledger.findByFiscalYear(fiscalYear, pageable);
    }

    /** An investor company's own pledges, oldest first (its statement). */
    @Transactional(readOnly = true)
    public List<Contribution> investorPledges(UUID organisationId) {
        return contributions.findByContributorKindAndContributorOrganisationIdOrderByPledgedAt(ContributorKind.INVESTOR,
                organisationId);
    }

    /**
     * Commits an award against the fund's available balance and writes its ledger line; false, writing nothing,
     * when the balance does not cover it. The conditional update holds across concurrent awards on any call.
     */
    @Transactional
    public boolean commitAward(long amountYen, UUID applicationId, Instant at, String by) {
        if (account.commitAward(amountYen) == 0) {
            return false;
        }
        ledger.save(LedgerEntry.ofGrant(LedgerEntryType.AWARD, amountYen, applicationId, at, by));
        return true;
    }

    /** Pays out of awarded money and writes its ledger line; false, writing nothing, beyond what is awarded. */
    @Transactional
    public boolean commitPayment(long amountYen, UUID applicationId, Instant at, String by) {
        if (account.addPayment(amountYen) == 0) {
            return false;
        }
        ledger.save(LedgerEntry.ofGrant(LedgerEntryType.PAYMENT, amountYen, applicationId, at, by));
        return true;
    }

    /** Whether the organisation has ever pledged to the fund as an investor company. */
    @Transactional(readOnly = true)
    public boolean isInvestor(UUID organisationId) {
        return contributions.existsByContributorKindAndContributorOrganisationId(ContributorKind.INVESTOR,
                organisationId);
    }

    /** The fiscal year asked for (2000–2100, else 400), or the current one. */
    public int fiscalYearOrCurrent(@Nullable Integer fiscalYear) {
        if (fiscalYear != null && (fiscalYear < 2000 || fiscalYear > 2100)) {
            throw jp.kyoso.web.problem.InvalidInputException.of("fiscalYear", "fund.fiscalYear.outOfRange", 2000, 2100);
        }
        return fiscalYear == null ? currentFiscalYear() : fiscalYear;
    }

    public int currentFiscalYear() {
        return jp.kyoso.events.FiscalYear.current(clock).year();
    }

    @Transactional(readOnly = true)
    public Statement statement(int fiscalYear) {
        Map<String, long[]> byContributor = new LinkedHashMap<>();
        Map<String, StatementRow> firstRow = new LinkedHashMap<>();
        long[] city = new long[2];
        long[] investors = new long[2];
        for (StatementRow row : ledger.contributionsInYear(fiscalYear)) {
            String key = row.kind() + "/" + row.contributor() + "/" + row.name();
            firstRow.putIfAbsent(key, row);
            int column = LedgerEntryType.PLEDGE.name().equals(row.type()) ? 0 : 1;
            byContributor.computeIfAbsent(key, k -> new long[2])[column] += row.amount();
            (ContributorKind.CITY.name().equals(row.kind()) ? city : investors)[column] += row.amount();
        }
        List<Statement.ContributorLine> lines = new ArrayList<>();
        byContributor.forEach((key, sums) -> {
            StatementRow row = firstRow.get(key);
            lines.add(new Statement.ContributorLine(row.contributor().isEmpty() ? null : row.contributor(),
                    row.kind(), row.name(), sums[0], sums[1]));
        });
        long awarded = 0;
        long paid = 0;
        for (GrantTotalRow row : ledger.grantsInYear(fiscalYear)) {
            if (LedgerEntryType.AWARD.name().equals(row.type())) {
                awarded = row.amount();
            } else if (LedgerEntryType.PAYMENT.name().equals(row.type())) {
                paid = row.amount();
            }
        }
        return new Statement(fiscalYear, lines, city[0], city[1], investors[0], investors[1], awarded, paid);
    }

    private static String idOrNull(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
