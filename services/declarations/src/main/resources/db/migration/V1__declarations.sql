create extension if not exists pg_trgm;

-- What co-creation told us about organisations (OrganisationApproved / OrganisationRejected): only members of an
-- approved organisation may declare, and the directory shows the organisation's name and type.
create table known_organisation (
    organisation_id   uuid primary key,
    name              text,
    organisation_type text,
    status            text        not null,
    decided_at        timestamptz not null
);

create table declaration (
    id                     uuid primary key,
    organisation_id        uuid        not null,
    organisation_name      text        not null,
    organisation_type      text        not null,
    representative_name    text        not null default '',
    representative_title   text        not null default '',
    vision                 text        not null default '',
    status                 text        not null,
    registration_number    text unique,
    registered_fiscal_year integer,
    term_start_fiscal_year integer,
    term_end_fiscal_year   integer,
    last_reported_fiscal_year integer,
    review_comment         text,
    public_reason          text,
    lapse_reason           text,
    search_text            text        not null default '',
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    updated_by             text        not null,
    submitted_at           timestamptz,
    registered_at          timestamptz,
    version                bigint      not null default 0
);
-- One live declaration per organisation: a lapsed one is revived by its report or a renewal, a revoked one frees
-- the organisation to declare anew.
create unique index declaration_live_per_organisation on declaration (organisation_id)
    where status <> 'REVOKED';
create index declaration_status on declaration (status);
-- Japanese keyword search: trigrams work on text without spaces between words (the cluster uses C.UTF-8).
create index declaration_search_trgm on declaration using gin (search_text gin_trgm_ops);

create table commitment (
    id            uuid primary key,
    declaration_id uuid    not null references declaration (id),
    position      integer not null,
    target        text    not null,
    goal          integer not null,
    action        text    not null,
    indicator     text    not null,
    baseline      text    not null,
    target_value  text    not null,
    target_year   integer not null,
    unique (declaration_id, position)
);
create index commitment_goal on commitment (goal, declaration_id);
create index commitment_target on commitment (target, declaration_id);

-- The registration number's sequence per fiscal year: the row is locked by the registering transaction, so numbers
-- are unique and, because a rolled-back registration rolls back its increment, gap-free.
create table registration_counter (
    fiscal_year   integer primary key,
    last_sequence integer not null
);

create table progress_report (
    id             uuid primary key,
    declaration_id uuid        not null references declaration (id),
    fiscal_year    integer     not null,
    on_time        boolean     not null,
    filed_at       timestamptz not null,
    filed_by       text        not null,
    unique (declaration_id, fiscal_year)
);

create table report_entry (
    id            uuid primary key,
    report_id     uuid    not null references progress_report (id),
    commitment_id uuid    not null references commitment (id),
    value_reached text    not null,
    comment       text    not null default ''
);
create index report_entry_report on report_entry (report_id);

create table complaint (
    id                 uuid primary key,
    declaration_id     uuid        not null references declaration (id),
    complainant_name   text,
    complainant_email  text,
    body               text        not null,
    status             text        not null,
    investigation_note text,
    outcome            text,
    filed_at           timestamptz not null,
    decided_at         timestamptz,
    decided_by         text,
    version            bigint      not null default 0
);
create index complaint_status on complaint (status, filed_at);
