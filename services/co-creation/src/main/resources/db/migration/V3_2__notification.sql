-- In-app notifications addressed to one person (registration confirmed, waiting list promoted, join request
-- decided, youth idea commented). Rendered from kind + subject title in the reader's language.
create table notification (
    id            uuid primary key,
    user_id       text        not null,
    kind          text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    subject_title text        not null,
    created_at    timestamptz not null,
    read_at       timestamptz
);
create index notification_user on notification (user_id, created_at desc);
create index notification_unread on notification (user_id) where read_at is null;
