-- People follow working groups and meetings; what happens to them is logged as activity, and a daily job collects
-- each person's activity of the previous Tokyo day into one digest row (unique per person and day).
create table follow (
    id           uuid primary key,
    user_id      text        not null,
    subject_type text        not null,
    subject_id   uuid        not null,
    followed_at  timestamptz not null,
    unique (user_id, subject_type, subject_id)
);
create index follow_subject on follow (subject_type, subject_id);

create table followed_activity (
    id               uuid primary key,
    working_group_id uuid,
    meeting_id       uuid,
    kind             text        not null,
    title            text        not null,
    occurred_at      timestamptz not null
);
create index followed_activity_time on followed_activity (occurred_at);

create table digest (
    id          uuid primary key,
    user_id     text        not null,
    digest_date date        not null,
    entry_count integer     not null,
    created_at  timestamptz not null,
    unique (user_id, digest_date)
);

create table digest_entry (
    id          uuid primary key,
    digest_id   uuid not null references digest (id),
    activity_id uuid not null references followed_activity (id)
);
create index digest_entry_digest on digest_entry (digest_id);
