package jp.kyoso.fund.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.fund.domain.ApplicationStatus;
import jp.kyoso.fund.domain.GrantApplication;
import jp.kyoso.fund.domain.GrantPayment;
import jp.kyoso.fund.domain.LedgerEntry;
import jp.kyoso.fund.domain.LedgerEntryType;
import jp.kyoso.fund.persistence.FundAccountRepository;
import jp.kyoso.fund.persistence.GrantApplicationRepository;
import jp.kyoso.fund.persistence.GrantPaymentRepository;
import jp.kyoso.fund.persistence.LedgerEntryRepository;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/** Paying awarded grants in tranches: the application row is locked, so tranches never add up beyond the award. */
@Singleton
public class GrantService {

    private final GrantApplicationRepository applications;
    private final GrantPaymentRepository payments;
    private final FundAccountRepository account;
    private final LedgerEntryRepository ledger;
    private final Outbox outbox;
    private final Clock clock;

    public GrantService(GrantApplicationRepository applications, GrantPaymentRepository payments,
                        FundAccountRepository account, LedgerEntryRepository ledger, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.payments = payments;
        this.account = account;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public GrantPayment pay(UUID applicationId, long amountYen, String by) {
        GrantApplication current = applications.lockById(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        if (current.status() != ApplicationStatus.AWARDED) {
            throw new ConflictException("fund.application.wrongState", current.status().name());
        }
        long remaining = current.awardedYen() - current.paidYen();
        if (amountYen > remaining || account.addPayment(amountYen) == 0) {
            throw InvalidInputException.of("amountYen", "fund.payment.beyondAward", remaining);
        }
        GrantApplication paid = applications.update(current.paid(amountYen));
        Instant now = clock.instant();
        int tranche = payments.findByApplicationIdOrderByTranche(applicationId).size() + 1;
        GrantPayment payment = payments.save(new GrantPayment(UUID.randomUUID(), applicationId, tranche, amountYen,
                now, by));
        ledger.save(LedgerEntry.ofGrant(LedgerEntryType.PAYMENT, amountYen, applicationId, now, by));
        outbox.append(new GrantDisbursed(payment.id().toString(), applicationId.toString(),
                paid.callId().toString(), paid.organisationId().toString(), tranche, amountYen, paid.paidYen(), now,
                by));
        return payment;
    }

    @Transactional(readOnly = true)
    public List<GrantPayment> paymentsOf(UUID applicationId) {
        return payments.findByApplicationIdOrderByTranche(applicationId);
    }
}
