package jp.kyoso.fund.decision;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The committee's award: at most the requested amount; a written reason when deciding out of rank order.
 * {@code awardedYen} is the application's {@code awardedYen}; {@code amountYen} is its deprecated name.
 */
@Serdeable
public record AwardRequest(@JsonAlias("amountYen") @NotNull @Positive Long awardedYen,
                           @Nullable @Size(max = 2000) String outOfRankReason) {
}
