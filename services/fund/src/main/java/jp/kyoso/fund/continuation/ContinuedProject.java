package jp.kyoso.fund.continuation;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** A City Lab collaboration project as the fund knows it; the title is missing for projects projected before V10_1. */
public record ContinuedProject(UUID projectId, @Nullable String title) {
}
