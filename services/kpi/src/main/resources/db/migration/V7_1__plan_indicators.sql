-- Plans and their indicators as imported from evaluation sheets or entered by staff. Values keep the sheet's own
-- wording (period, unit, qualitative text) next to the number, so an export gives the sheet back.
create table plan (
    code       text primary key,
    name       text        not null,
    created_at timestamptz not null,
    created_by text        not null
);

create table plan_indicator (
    id               uuid        not null unique default gen_random_uuid(),
    plan_code        text        not null references plan (code),
    name             text        not null,
    position         integer     not null,
    sheet_no         text,
    initiative       text,
    sdg_refs         text[]      not null,
    side             text,
    cross_link       text,
    cumulative       boolean     not null,
    baseline_period  text,
    baseline_number  numeric,
    baseline_text    text,
    baseline_unit    text,
    baseline_notes   text[]      not null,
    latest_period    text,
    latest_number    numeric,
    latest_text      text,
    latest_unit      text,
    latest_notes     text[]      not null,
    target_period    text,
    target_number    numeric,
    target_text      text,
    target_unit      text,
    target_notes     text[]      not null,
    reported         numeric,
    notes            text[]      not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    -- A partnership metric the latest value follows (e.g. COLLABORATION_PROJECTS), instead of observations.
    bound_metric     text,
    primary key (plan_code, name)
);

-- Values staff report for an indicator, approved by the secretariat. Nothing is deleted: a correction for a
-- period that already has an approved value supersedes it and the old one stays as history.
create table plan_observation (
    id            uuid primary key,
    indicator_id  uuid        not null references plan_indicator (id),
    period        text        not null,
    period_end    date        not null,
    number        numeric,
    text          text,
    unit          text,
    comment       text,
    state         text        not null,
    submitted_by  text        not null,
    submitted_at  timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    reason        text,
    superseded_by uuid
);
create index plan_observation_indicator on plan_observation (indicator_id, period_end);
