package jp.kyoso.fund.shared;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** An amount of money in whole yen: a receipt or a grant tranche. */
@Serdeable
public record AmountRequest(@NotNull @Positive Long amountYen) {
}
