package jp.kyoso.fund.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.fund.domain.GrantPayment;

/** A tranche paid. */
@Serdeable
public record PaymentView(UUID id, UUID applicationId, int tranche, long amountYen, Instant paidAt) {

    static PaymentView of(GrantPayment p) {
        return new PaymentView(p.id(), p.applicationId(), p.tranche(), p.amountYen(), p.paidAt());
    }
}
