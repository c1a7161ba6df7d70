package jp.kyoso.kpi.domain.plan;

import java.time.Instant;

/** A plan whose KPIs the city reports on (e.g. the SDGs Future City plan), identified by a short code. */
public record Plan(String code, String name, Instant createdAt, String createdBy) {
}
