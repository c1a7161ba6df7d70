-- Organisations a committee member is affiliated with, as declared; the organisation of the member's own account
-- counts too, without a row.
create table committee_affiliation (
    id              uuid primary key,
    reviewer_id     text        not null,
    organisation_id uuid        not null,
    note            text,
    declared_at     timestamptz not null,
    unique (reviewer_id, organisation_id)
);

create table committee_member (
    reviewer_id     text primary key,
    username        text        not null,
    organisation_id uuid,
    registered_at   timestamptz not null
);

-- The conflict-of-interest register: every declaration and every automatic recusal, never updated.
create table conflict_record (
    id             uuid primary key,
    call_id        uuid        not null,
    application_id uuid        not null,
    reviewer_id    text        not null,
    conflicted     boolean     not null,
    automatic      boolean     not null,
    reason         text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index conflict_record_application on conflict_record (application_id, reviewer_id, recorded_at);
create index conflict_record_call on conflict_record (call_id, recorded_at);

create table review_assignment (
    id             uuid primary key,
    call_id        uuid        not null,
    application_id uuid        not null,
    reviewer_id    text        not null,
    assigned_by    text        not null,
    assigned_at    timestamptz not null,
    unique (application_id, reviewer_id)
);
create index review_assignment_reviewer on review_assignment (reviewer_id);

-- A review (purpose SELECTION) or the evaluation of a funded project (purpose EVALUATION), one per reviewer.
create table review (
    id                        uuid primary key,
    call_id                   uuid        not null,
    application_id            uuid        not null,
    reviewer_id               text        not null,
    purpose                   text        not null,
    confidence                integer     not null check (confidence between 1 and 5),
    weighted_score_hundredths bigint      not null,
    submitted_at              timestamptz not null,
    unique (application_id, reviewer_id, purpose)
);

create table review_score (
    id             uuid primary key,
    review_id      uuid    not null references review (id),
    criterion_code text    not null,
    score          integer not null check (score between 1 and 5),
    comment        text,
    unique (review_id, criterion_code)
);
