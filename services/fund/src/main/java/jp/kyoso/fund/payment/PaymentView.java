package jp.kyoso.fund.payment;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A tranche paid. */
@Serdeable
public record PaymentView(UUID id, UUID applicationId, int tranche, long amountYen, Instant paidAt) {

    public static PaymentView of(GrantPayment p) {
        return new PaymentView(p.id(), p.applicationId(), p.tranche(), p.amountYen(), p.paidAt());
    }
}
