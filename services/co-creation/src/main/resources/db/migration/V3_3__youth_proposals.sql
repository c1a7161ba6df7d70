-- Youth policy proposals (中高生リバースメンター / こども会議). Participants are minors: only the nickname and the
-- school year are ever public. real_name and guardian_contact are optional, for the secretariat only, and never
-- leave the secretariat's endpoints.
create table youth_participant (
    id               uuid primary key,
    user_id          text        not null unique,
    nickname         text        not null,
    school_year      text        not null,
    real_name        text,
    guardian_contact text,
    created_by       text        not null,
    created_at       timestamptz not null
);

create table youth_theme (
    id          uuid primary key,
    title       text        not null,
    description text        not null,
    open        boolean     not null,
    created_by  text        not null,
    created_at  timestamptz not null
);

-- SUBMITTED → PRESENTED (to the mayor, with the outcome).
create table youth_idea (
    id             uuid primary key,
    theme_id       uuid        not null references youth_theme (id),
    participant_id uuid        not null references youth_participant (id),
    title          text        not null,
    body           text        not null,
    status         text        not null,
    submitted_at   timestamptz not null,
    presented_at   timestamptz,
    outcome        text,
    presented_by   text,
    version        bigint      not null default 0
);
create index youth_idea_theme on youth_idea (theme_id, submitted_at desc);
create index youth_idea_participant on youth_idea (participant_id, submitted_at desc);

create table youth_idea_comment (
    id          uuid primary key,
    idea_id     uuid        not null references youth_idea (id),
    mentor_id   text        not null,
    mentor_name text        not null,
    body        text        not null,
    created_at  timestamptz not null
);
create index youth_idea_comment_idea on youth_idea_comment (idea_id, created_at);
