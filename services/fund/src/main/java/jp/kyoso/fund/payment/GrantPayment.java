package jp.kyoso.fund.payment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One tranche of an awarded grant paid out of the fund. */
@MappedEntity("grant_payment")
public record GrantPayment(@Id UUID id, UUID applicationId, int tranche, long amountYen, Instant paidAt,
                           String paidBy) {
}
