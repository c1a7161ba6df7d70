package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Introspected;

/** Ledger sums of awards or payments in a fiscal year. */
@Introspected
public record GrantTotalRow(String type, long amount) {
}
