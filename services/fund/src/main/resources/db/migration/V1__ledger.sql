-- The fund's money. fund_account holds the running totals in one row so that every award and payment is a single
-- conditional UPDATE on it (a row lock): the checks below make a negative balance impossible even if a bug skipped
-- the service's own checks.
create table fund_account (
    id           integer primary key check (id = 1),
    pledged_yen  bigint not null default 0 check (pledged_yen >= 0),
    received_yen bigint not null default 0 check (received_yen >= 0),
    awarded_yen  bigint not null default 0 check (awarded_yen >= 0),
    paid_yen     bigint not null default 0 check (paid_yen >= 0),
    check (awarded_yen <= received_yen),
    check (paid_yen <= awarded_yen)
);
insert into fund_account (id) values (1);

create table contribution (
    id                        uuid primary key,
    contributor_kind          text        not null,
    contributor_organisation_id uuid,
    contributor_name          text        not null,
    pledged_yen               bigint      not null check (pledged_yen > 0),
    received_yen              bigint      not null default 0 check (received_yen >= 0 and received_yen <= pledged_yen),
    pledged_at                timestamptz not null,
    recorded_by               text        not null,
    version                   bigint      not null default 0
);
create index contribution_contributor on contribution (contributor_organisation_id);

-- Append-only: every money movement, the source of statements per contributor and fiscal year.
create table ledger_entry (
    id               uuid primary key,
    entry_type       text        not null,
    amount_yen       bigint      not null check (amount_yen > 0),
    contribution_id  uuid,
    contributor_kind text,
    contributor_organisation_id uuid,
    contributor_name text,
    application_id   uuid,
    fiscal_year      integer     not null,
    occurred_at      timestamptz not null,
    recorded_by      text        not null
);
create index ledger_entry_contribution on ledger_entry (contribution_id);
create index ledger_entry_year on ledger_entry (fiscal_year, entry_type);

-- Projection of co-creation's membership decisions: only approved organisations may apply.
create table member_organisation (
    id                uuid primary key,
    name              text        not null,
    organisation_type text,
    status            text        not null,
    decided_at        timestamptz not null
);

-- Projection of City Lab collaboration projects: partners of one project have a conflict of interest.
create table collaboration_partner (
    id              uuid primary key,
    project_id      uuid not null,
    organisation_id uuid not null,
    unique (project_id, organisation_id)
);
create index collaboration_partner_organisation on collaboration_partner (organisation_id);
