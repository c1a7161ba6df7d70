-- One organisation's story across programmes (issue → challenge → proposal → project → grant …), projected from
-- the events that name it. One row per organisation and event, so a redelivered or replayed event adds nothing.
-- No foreign key to organisation: an event may name an organisation before its row exists here.
create table timeline_entry (
    id              uuid primary key,
    organisation_id uuid        not null,
    event_id        text        not null,
    kind            text        not null,
    subject_type    text        not null,
    subject_id      text        not null,
    title           text        not null,
    public_entry    boolean     not null,
    occurred_at     timestamptz not null,
    unique (organisation_id, event_id)
);
create index timeline_entry_page on timeline_entry (organisation_id, occurred_at desc, id);
create index timeline_entry_subject on timeline_entry (subject_type, subject_id, kind);
