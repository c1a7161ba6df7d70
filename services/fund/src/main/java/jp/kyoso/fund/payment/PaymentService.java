package jp.kyoso.fund.payment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.fund.grantapplication.GrantApplicationRepository;
import jp.kyoso.fund.ledger.LedgerService;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;

/** Paying awarded grants in tranches: the application row is locked, so tranches never add up beyond the award. */
@Singleton
public class PaymentService {

    private final GrantApplicationRepository applications;
    private final GrantPaymentRepository payments;
    private final LedgerService ledger;
    private final Outbox outbox;
    private final Clock clock;

    public PaymentService(GrantApplicationRepository applications, GrantPaymentRepository payments,
                          LedgerService ledger, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.payments = payments;
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
        Instant now = clock.instant();
        if (amountYen > remaining || !ledger.commitPayment(amountYen, applicationId, now, by)) {
            throw InvalidInputException.of("amountYen", "fund.payment.beyondAward", remaining);
        }
        GrantApplication paid = applications.update(current.paid(amountYen));
        int tranche = payments.findByApplicationIdOrderByTranche(applicationId).size() + 1;
        GrantPayment payment = payments.save(new GrantPayment(UUID.randomUUID(), applicationId, tranche, amountYen,
                now, by));
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
