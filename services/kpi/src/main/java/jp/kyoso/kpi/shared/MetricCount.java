package jp.kyoso.kpi.shared;

import io.micronaut.core.annotation.Introspected;

/** How many facts of one metric fall in one of its dimensions, for the period asked. */
@Introspected
public record MetricCount(String metric, String dimension, long total) {
}
