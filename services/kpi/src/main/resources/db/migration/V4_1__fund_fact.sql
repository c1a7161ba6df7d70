-- One row per (fund event, metric): counts and yen sums of the well-being & SDGs fund per fiscal year.
create table fund_fact (
    fact_id      text primary key,
    event_id     text        not null,
    metric       text        not null,
    dimension    text        not null,
    amount_yen   bigint      not null,
    fiscal_year  integer     not null,
    occurred_at  timestamptz not null,
    aggregate_id text        not null
);
create index fund_fact_metric_year on fund_fact (metric, fiscal_year, dimension);
