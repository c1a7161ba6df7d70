-- Resolutions of the executive committee (実行委員会の議決): the meeting, the members present and the result, one row
-- per meeting and call. Append-only: a correction is a new resolution, as in real minutes.
create table committee_resolution (
    id              uuid primary key,
    call_id         uuid        not null references fund_call (id),
    meeting_date    date        not null,
    members_present text        not null,
    result          text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index committee_resolution_call on committee_resolution (call_id, meeting_date);
