package jp.kyoso.fund.ledger;

import io.micronaut.core.annotation.Introspected;

/** Ledger sums of one contributor and entry type in a fiscal year. */
@Introspected
public record StatementRow(String contributor, String kind, String name, String type, long amount) {
}
