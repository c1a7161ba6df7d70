-- Working groups (専門部会) and their members. Private groups and their meetings are visible to members only.
create table working_group (
    id                uuid primary key,
    name              text        not null,
    description       text        not null,
    closed_membership boolean     not null,
    private_group     boolean     not null,
    lead_user_id      text,
    formed_by         text        not null,
    formed_at         timestamptz not null
);
create unique index working_group_name on working_group (lower(name));

-- A person's membership or join request: PENDING (closed group, awaiting the lead or the secretariat) → ACTIVE /
-- DECLINED; LEFT when they leave. One row per group and person.
create table working_group_member (
    id               uuid primary key,
    working_group_id uuid        not null references working_group (id),
    user_id          text        not null,
    username         text        not null,
    organisation_id  text,
    status           text        not null,
    requested_at     timestamptz not null,
    decided_at       timestamptz,
    decided_by       text,
    version          bigint      not null default 0,
    unique (working_group_id, user_id)
);
create index working_group_member_user on working_group_member (user_id, status);

-- Meetings and exchange sessions, optionally of a working group. Registration locks the meeting row, so the
-- capacity check and the insert are serialised per meeting.
create table meeting (
    id               uuid primary key,
    working_group_id uuid references working_group (id),
    kind             text        not null,
    title            text        not null,
    agenda           text        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    place            text,
    online_url       text,
    capacity         integer     not null check (capacity > 0),
    status           text        not null,
    participant_count integer,
    held_recorded_at timestamptz,
    created_by       text        not null,
    created_at       timestamptz not null
);
create index meeting_starts on meeting (starts_at);
create index meeting_group on meeting (working_group_id, starts_at);

-- REGISTERED or WAITLISTED (in seq order), CANCELLED when the person cancels; attended is set by the secretariat.
create table meeting_registration (
    id              uuid primary key,
    seq             bigserial   not null,
    meeting_id      uuid        not null references meeting (id),
    user_id         text        not null,
    username        text        not null,
    organisation_id text,
    status          text        not null,
    registered_at   timestamptz not null,
    changed_at      timestamptz not null,
    attended        boolean     not null default false
);
create unique index meeting_registration_live on meeting_registration (meeting_id, user_id) where status <> 'CANCELLED';
create index meeting_registration_queue on meeting_registration (meeting_id, status, seq);

-- Minutes are versioned: every edit adds a DRAFT version; approving the latest one ends editing.
create table meeting_minutes (
    id          uuid primary key,
    meeting_id  uuid        not null references meeting (id),
    revision    integer     not null,
    body        text        not null,
    status      text        not null,
    drafted_by  text        not null,
    drafted_at  timestamptz not null,
    approved_by text,
    approved_at timestamptz,
    unique (meeting_id, revision)
);

create table meeting_action_item (
    id         uuid primary key,
    meeting_id uuid        not null references meeting (id),
    title      text        not null,
    body       text        not null,
    status     text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    raised_by  text,
    raised_at  timestamptz
);
create index meeting_action_item_meeting on meeting_action_item (meeting_id, created_at);
