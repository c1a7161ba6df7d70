-- Seeds as co-creation publishes them; the text column concatenation is what matching compares with a challenge.
create table seed (
    id              uuid primary key,
    organisation_id uuid        not null,
    title           text        not null,
    description     text        not null,
    sdg_targets     text        not null,
    keywords        text        not null,
    published_at    timestamptz not null
);
create index seed_organisation on seed (organisation_id);
create index seed_text_trgm on seed using gin ((title || ' ' || description || ' ' || keywords) gin_trgm_ops);
