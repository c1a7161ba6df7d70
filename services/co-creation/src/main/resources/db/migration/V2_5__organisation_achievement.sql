-- What City Lab's events say an organisation achieved (adopted proposals, collaboration projects), for its public
-- profile. No foreign key to organisation: an event may name an organisation before or without its row here.
create table organisation_achievement (
    id              uuid primary key,
    organisation_id uuid        not null,
    kind            text        not null,
    reference_id    uuid        not null,
    challenge_id    uuid,
    title           text        not null,
    occurred_at     timestamptz not null,
    unique (organisation_id, kind, reference_id)
);
create index organisation_achievement_profile on organisation_achievement (organisation_id, kind, occurred_at desc);
