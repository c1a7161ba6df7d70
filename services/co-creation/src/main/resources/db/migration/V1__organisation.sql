create table organisation (
    id                uuid primary key,
    name              text        not null,
    organisation_type text        not null,
    corporate_number  text,
    contact_name      text,
    contact_email     text,
    status            text        not null,
    rejection_reason  text,
    applied_at        timestamptz not null,
    decided_at        timestamptz,
    decided_by        text,
    version           bigint      not null default 0
);

-- One live application or membership per corporate number; a rejected one may apply again.
create unique index organisation_live_corporate_number on organisation (corporate_number)
    where corporate_number is not null and status <> 'REJECTED';
create index organisation_status_applied on organisation (status, applied_at desc);
