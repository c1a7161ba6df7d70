package jp.kyoso.kpi.shared;

import io.micronaut.core.annotation.Introspected;

/** How many facts of a metric fall in one dimension (e.g. organisation type) for the period asked. */
@Introspected
public record DimensionCount(String dimension, long total) {
}
