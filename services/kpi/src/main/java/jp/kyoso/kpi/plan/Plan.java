package jp.kyoso.kpi.plan;

import java.time.Instant;

/**
 * A plan whose KPIs the city reports on (e.g. the SDGs Future City plan), identified by a short code, with the
 * city's convention for 達成度.
 */
public record Plan(String code, String name, AchievementConvention convention, Instant createdAt, String createdBy) {

    public Plan {
        convention = convention == null ? AchievementConvention.PROGRESS : convention;
    }
}
