-- Plans and their indicators as imported from evaluation sheets or entered by staff. Values keep the sheet's own
-- wording (period, unit, qualitative text) next to the number, so an export gives the sheet back.
create table plan (
    code       text primary key,
    name       text        not null,
    created_at timestamptz not null,
    created_by text        not null
);

create table plan_indicator (
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
    primary key (plan_code, name)
);
