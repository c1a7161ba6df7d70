-- Trigram search on Japanese text: PostgreSQL full-text has no Japanese tokenizer, trigrams need none.
create extension if not exists pg_trgm;

create table challenge (
    id                 uuid primary key,
    department_id      uuid,
    title              text        not null,
    background         text        not null,
    desired_outcome    text,
    target_kpi         text,
    constraints        text,
    solution_direction text,
    sdg_targets        text        not null,
    budget_yen         bigint check (budget_yen >= 0),
    test_field_offered text,
    deadline           timestamptz,
    origin_issue_id    uuid unique,
    status             text        not null,
    current_version    integer     not null,
    drafted_by         text        not null,
    drafted_at         timestamptz not null,
    signed_off_by      text,
    signed_off_at      timestamptz,
    published_by       text,
    published_at       timestamptz,
    closed_at          timestamptz,
    archived_at        timestamptz,
    version            bigint      not null default 0
);
create index challenge_status_deadline on challenge (status, deadline);
create index challenge_department on challenge (department_id, drafted_at desc);
create index challenge_text_trgm on challenge using gin ((title || ' ' || background) gin_trgm_ops);

create table challenge_version (
    id                 uuid primary key,
    challenge_id       uuid        not null references challenge (id),
    number             integer     not null,
    title              text        not null,
    background         text        not null,
    desired_outcome    text,
    target_kpi         text,
    constraints        text,
    solution_direction text,
    note               text,
    edited_by          text        not null,
    edited_at          timestamptz not null,
    unique (challenge_id, number)
);

create table approved_organisation (
    id                uuid primary key,
    name              text        not null,
    organisation_type text        not null,
    approved_at       timestamptz not null
);

create table proposal (
    id                uuid primary key,
    challenge_id      uuid        not null references challenge (id),
    organisation_id   uuid        not null,
    submitted_by      text        not null,
    title             text        not null,
    summary           text        not null,
    approach          text        not null,
    team              text        not null,
    sdg_targets       text        not null,
    expected_outcome  text        not null,
    cost_estimate_yen bigint      not null check (cost_estimate_yen >= 0),
    period_from       date        not null,
    period_to         date        not null,
    status            text        not null,
    decline_reason    text,
    decided_by        text,
    decided_at        timestamptz,
    project_id        uuid,
    submitted_at      timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);
-- One active proposal per organisation per challenge, enforced by the database as well as the service.
create unique index proposal_one_active on proposal (challenge_id, organisation_id)
    where status in ('SUBMITTED', 'SHORTLISTED', 'ADOPTED');
create index proposal_organisation on proposal (organisation_id, submitted_at desc);

create table collaboration_project (
    id                       uuid primary key,
    origin                   text        not null,
    challenge_id             uuid,
    proposal_id              uuid unique,
    experiment_id            uuid unique,
    origin_issue_id          uuid,
    title                    text        not null,
    partner_organisation_ids text        not null,
    department_id            uuid,
    sdg_targets              text        not null,
    period_from              date,
    period_to                date,
    started_on               date        not null,
    fiscal_year              integer     not null,
    started_at               timestamptz not null,
    status                   text        not null,
    result_report            text,
    completed_on             date,
    completed_by             text,
    version                  bigint      not null default 0
);
create index collaboration_project_year on collaboration_project (fiscal_year, started_on desc);

create table invitation (
    id              uuid primary key,
    challenge_id    uuid        not null references challenge (id),
    organisation_id uuid        not null,
    seed_id         uuid,
    status          text        not null,
    proposal_id     uuid,
    sent_at         timestamptz not null,
    sent_by         text        not null,
    concluded_at    timestamptz,
    unique (challenge_id, organisation_id)
);
