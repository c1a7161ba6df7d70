package jp.kyoso.kpi.fund;

import io.micronaut.core.annotation.Introspected;

/** Count and yen of one fund metric and dimension. */
@Introspected
public record FundTotal(String metric, String dimension, long facts, long yen) {
}
