-- The people who act for an organisation: invited by email, joined with their own portal account (no shared logins).
create table organisation_member (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    email             text        not null,
    role              text        not null,
    status            text        not null,
    accept_code_hash  text,
    invited_by        text        not null,
    invited_at        timestamptz not null,
    expires_at        timestamptz not null,
    user_id           text,
    username          text,
    joined_at         timestamptz,
    removed_at        timestamptz,
    removed_by        text,
    version           bigint      not null default 0
);

-- One open invitation or membership per person and organisation.
create unique index organisation_member_live_email on organisation_member (organisation_id, email)
    where status in ('INVITED', 'ACTIVE');
create unique index organisation_member_live_user on organisation_member (organisation_id, user_id)
    where status = 'ACTIVE';
create index organisation_member_user on organisation_member (user_id) where status = 'ACTIVE';
create index organisation_member_roster on organisation_member (organisation_id, status, invited_at);
