package jp.kyoso.kpi.domain;

import java.util.Arrays;
import java.util.Optional;

/** The partnership KPIs the projection counts; each fact belongs to one. */
public enum Metric {
    /** 会員団体数: organisations approved as platform members, by organisation type. */
    MEMBER_ORGANISATIONS;

    /** The metric of that name, as clients write it in a query or a binding. */
    public static Optional<Metric> byName(String name) {
        return Arrays.stream(values()).filter(metric -> metric.name().equals(name)).findFirst();
    }
}
