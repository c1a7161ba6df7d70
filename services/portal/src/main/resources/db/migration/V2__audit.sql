-- The audit trail (issue 9): who did what to which record and when. Two append-only tables, merged by the ADMIN
-- query: what the portal saw pass through it (sign-ins and every relayed /api call) and what the services recorded
-- (every domain event). Neither ever holds a request body or a token.

-- One row per sign-in attempt and per relayed API call. user_id/username/roles come from a token the portal
-- verified, never from what the caller claims; a failed sign-in keeps the username that was tried.
create table audit_access (
    id             bigserial   primary key,
    occurred_at    timestamptz not null,
    -- LOGIN_SUCCEEDED, LOGIN_FAILED or API
    kind           text        not null,
    user_id        text,
    username       text,
    roles          text[]      not null default '{}',
    method         text        not null,
    path           text        not null,
    status         integer     not null,
    -- Why a sign-in failed (BAD_CREDENTIALS, DISABLED, THROTTLED); null otherwise.
    outcome        text,
    client_address text,
    request_id     text
);
create index audit_access_time on audit_access (occurred_at desc);
create index audit_access_user on audit_access (user_id, occurred_at desc);
create index audit_access_username on audit_access (username, occurred_at desc);

-- One row per domain event, a projection of every topic: rebuilt by replaying them. The event id is the key, so a
-- redelivered event is stored once.
create table audit_event (
    event_id       text        primary key,
    occurred_at    timestamptz not null,
    event_type     text        not null,
    source         text,
    aggregate_id   text        not null,
    -- The user the event names as its author (its "...By" field), when it names one.
    actor          text,
    correlation_id text
);
create index audit_event_time on audit_event (occurred_at desc);
create index audit_event_aggregate on audit_event (aggregate_id, occurred_at desc);
create index audit_event_actor on audit_event (actor, occurred_at desc);
