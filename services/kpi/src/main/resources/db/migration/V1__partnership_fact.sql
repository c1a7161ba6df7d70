-- One row per (event, metric) an event contributes to: every figure is a count or sum over these rows, and the
-- rows themselves are the figure's drill-down.
create table partnership_fact (
    fact_id      text primary key,
    event_id     text        not null,
    metric       text        not null,
    dimension    text        not null,
    fiscal_year  integer     not null,
    occurred_at  timestamptz not null,
    aggregate_id text        not null,
    event_type   text        not null
);
create index partnership_fact_metric_year on partnership_fact (metric, fiscal_year, dimension);
