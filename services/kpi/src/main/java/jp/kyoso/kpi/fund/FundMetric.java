package jp.kyoso.kpi.fund;

/** What the fund's events count: money pledged and received (by source), applications, awards, payments. */
public enum FundMetric {
    FUND_PLEDGED,
    FUND_RECEIVED,
    FUND_APPLICATIONS,
    FUND_AWARDS,
    FUND_PAID
}
