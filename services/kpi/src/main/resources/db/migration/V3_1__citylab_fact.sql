-- City Lab's contribution to the partnership KPIs: one row per (event, metric), so nothing is counted twice and each
-- figure can be drilled down to the events behind it. The fiscal year is fixed when the fact is recorded.
create table citylab_fact (
    fact_id      text primary key,
    event_id     text        not null,
    metric       text        not null,
    dimension    text        not null,
    fiscal_year  integer     not null,
    occurred_at  timestamptz not null,
    aggregate_id text        not null,
    event_type   text        not null
);
create index citylab_fact_metric_year on citylab_fact (metric, fiscal_year, dimension);
