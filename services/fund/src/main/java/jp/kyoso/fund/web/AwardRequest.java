package jp.kyoso.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The committee's award: at most the requested amount; a written reason when deciding out of rank order. */
@Serdeable
public record AwardRequest(@NotNull @Positive Long amountYen, @Nullable @Size(max = 2000) String outOfRankReason) {
}
