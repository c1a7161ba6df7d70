-- Erasure of a person (issue 9): one row per roster entry whose name and contact were replaced by a pseudonym.
-- The roster row itself keeps its id, role, status and dates, so counts and history do not change.
create table person_erasure (
    member_id       uuid        primary key references organisation_member (id),
    organisation_id uuid        not null references organisation (id),
    user_id         text,
    pseudonym       text        not null,
    erased_at       timestamptz not null,
    erased_by       text        not null
);
create index person_erasure_user on person_erasure (user_id);
