-- The issue board (課題抽出): local issues members raise, endorse and discuss; the secretariat merges duplicates
-- and promotes ripe ones to City Lab, whose events link the challenge and later the collaboration project back.
create extension if not exists pg_trgm;

create table issue (
    id                   uuid primary key,
    organisation_id      uuid        not null references organisation (id),
    author_id            text        not null,
    author_name          text        not null,
    title                text        not null,
    body                 text        not null,
    sdg_targets          text[]      not null,
    search_text          text        not null,
    status               text        not null,
    merged_into          uuid references issue (id),
    endorsement_count    integer     not null default 0,
    comment_count        integer     not null default 0,
    department_id        uuid,
    promoted_at          timestamptz,
    promoted_by          text,
    challenge_id         uuid,
    challenge_title      text,
    challenge_drafted_at timestamptz,
    project_id           uuid,
    project_title        text,
    project_started_on   date,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);

create index issue_search_trgm on issue using gin (search_text gin_trgm_ops);
create index issue_board on issue (status, created_at desc);

-- One endorsement per person and issue: the primary key is the rule.
create table issue_endorsement (
    issue_id        uuid        not null references issue (id),
    user_id         text        not null,
    organisation_id uuid,
    endorsed_at     timestamptz not null,
    primary key (issue_id, user_id)
);

create table issue_comment (
    id              uuid primary key,
    issue_id        uuid        not null references issue (id),
    author_id       text        not null,
    author_name     text        not null,
    organisation_id uuid,
    body            text        not null,
    created_at      timestamptz not null
);
create index issue_comment_issue on issue_comment (issue_id, created_at);
