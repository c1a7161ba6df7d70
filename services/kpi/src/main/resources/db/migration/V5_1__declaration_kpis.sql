-- The declaration registry's KPIs, projected from declarations.declaration.events. Each row is keyed by the event
-- that produced it, so a redelivered event cannot count twice.

-- A registered declarant: its organisation type and goals, for "active declarants by goal / by type".
create table declaration_declarant (
    declaration_id         text primary key,
    organisation_id        text        not null,
    organisation_type      text        not null,
    registered_fiscal_year integer     not null,
    registered_at          timestamptz not null
);

create table declaration_declarant_goal (
    id             text primary key,
    declaration_id text    not null,
    goal           integer not null
);
create index declaration_declarant_goal_declaration on declaration_declarant_goal (declaration_id);

-- Every change of a declaration between active and not active; "active at the end of a fiscal year" is the latest
-- change before that instant. seq breaks ties between changes at the same instant, in arrival order.
create table declaration_status_change (
    event_id       text primary key,
    seq            bigserial   not null,
    declaration_id text        not null,
    kind           text        not null,
    active         boolean     not null,
    occurred_at    timestamptz not null,
    fiscal_year    integer     not null
);
create index declaration_status_change_latest on declaration_status_change (declaration_id, occurred_at desc, seq desc);
create index declaration_status_change_kind on declaration_status_change (kind, fiscal_year);

-- Progress reports by the fiscal year they cover, on time (by June 30) or late.
create table declaration_report (
    event_id           text primary key,
    declaration_id     text        not null,
    report_fiscal_year integer     not null,
    on_time            boolean     not null,
    filed_at           timestamptz not null
);
create index declaration_report_year on declaration_report (report_fiscal_year);
