package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A declaration's latest progress report as its views show it: the fiscal year it covers, whether it came in on
 * time, and per commitment id the value reached and the comment.
 */
public record LatestReport(int fiscalYear, boolean onTime, Instant filedAt, Map<UUID, Line> lines) {

    /** The value reached and comment for one commitment. */
    public record Line(String valueReached, String comment) {
    }

    public @Nullable Line line(UUID commitmentId) {
        return lines.get(commitmentId);
    }
}
