-- Seeds (シーズ): members' solutions and technologies, searchable in Japanese through trigrams.
create extension if not exists pg_trgm;

create table seed (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    title           text        not null,
    description     text        not null,
    sdg_targets     text[]      not null,
    keywords        text[]      not null,
    contact_name    text,
    contact_email   text,
    status          text        not null,
    -- title, description and keywords in one text, kept by the application, for the trigram index.
    search_text     text        not null,
    published_at    timestamptz not null,
    updated_at      timestamptz not null,
    updated_by      text        not null,
    withdrawn_at    timestamptz,
    version         bigint      not null default 0
);

create index seed_search_trgm on seed using gin (search_text gin_trgm_ops);
create index seed_catalogue on seed (status, published_at desc);
create index seed_organisation on seed (organisation_id, status);
