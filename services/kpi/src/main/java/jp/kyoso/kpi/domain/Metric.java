package jp.kyoso.kpi.domain;

/** The partnership KPIs the projection counts; each fact belongs to one. */
public enum Metric {
    /** 会員団体数: organisations approved as platform members, by organisation type. */
    MEMBER_ORGANISATIONS
}
