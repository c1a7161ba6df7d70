create extension if not exists pg_trgm;

create table fund_call (
    id                          uuid primary key,
    title                       text        not null,
    purpose                     text        not null,
    allowed_organisation_types  text        not null default '',
    require_active_declaration  boolean     not null default false,
    budget_cap_yen              bigint      not null check (budget_cap_yen > 0),
    max_grant_yen               bigint      not null check (max_grant_yen > 0),
    subsidy_numerator           integer     not null,
    subsidy_denominator         integer     not null,
    declaration_bonus_hundredths integer    not null default 0,
    min_reviewers               integer     not null default 3,
    reviewer_load_cap           integer     not null default 10,
    blind_review                boolean     not null default false,
    opens_at                    timestamptz not null,
    closes_at                   timestamptz not null,
    status                      text        not null,
    awarded_yen                 bigint      not null default 0,
    created_by                  text        not null,
    created_at                  timestamptz not null,
    version                     bigint      not null default 0,
    check (awarded_yen >= 0 and awarded_yen <= budget_cap_yen),
    check (subsidy_numerator > 0 and subsidy_numerator <= subsidy_denominator)
);
create index fund_call_status on fund_call (status, closes_at);
create index fund_call_title_trgm on fund_call using gin (title gin_trgm_ops);

create table call_criterion (
    id       uuid primary key,
    call_id  uuid    not null references fund_call (id),
    position integer not null,
    code     text    not null,
    name     text    not null,
    weight   integer not null check (weight between 1 and 10),
    in_total boolean not null,
    unique (call_id, code)
);

create table grant_application (
    id                  uuid primary key,
    call_id             uuid        not null references fund_call (id),
    organisation_id     uuid        not null,
    organisation_name   text        not null,
    created_by          text        not null,
    title               text        not null,
    plan                text        not null,
    sdg_targets         text        not null,
    total_cost_yen      bigint      not null,
    requested_yen       bigint      not null,
    expected_outcomes   text        not null,
    kpis                text        not null,
    status              text        not null,
    eligibility_reasons text        not null default '',
    submitted_at        timestamptz,
    awarded_yen         bigint      not null default 0,
    paid_yen            bigint      not null default 0,
    decision_reason     text,
    decided_at          timestamptz,
    final_report        text,
    reported_at         timestamptz,
    created_at          timestamptz not null,
    version             bigint      not null default 0,
    check (paid_yen >= 0 and paid_yen <= awarded_yen),
    check (awarded_yen <= requested_yen)
);
create index grant_application_call on grant_application (call_id, status);
create index grant_application_organisation on grant_application (organisation_id, created_at desc);

create table budget_line (
    id             uuid primary key,
    application_id uuid    not null references grant_application (id) on delete cascade,
    position       integer not null,
    item           text    not null,
    amount_yen     bigint  not null check (amount_yen > 0)
);
create index budget_line_application on budget_line (application_id, position);
