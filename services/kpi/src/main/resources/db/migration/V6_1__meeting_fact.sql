-- One row per meeting held (co-creation's MeetingHeld): keyed by the meeting, so a redelivered or repeated event
-- cannot count a meeting twice. The fiscal year comes from the meeting's date in Asia/Tokyo.
create table meeting_fact (
    meeting_id        text primary key,
    event_id          text        not null,
    working_group_id  text,
    kind              text        not null,
    held_on           date        not null,
    fiscal_year       integer     not null,
    participant_count integer     not null,
    recorded_at       timestamptz not null
);
create index meeting_fact_year on meeting_fact (fiscal_year, kind);
