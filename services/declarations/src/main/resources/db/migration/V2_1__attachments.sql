-- Evidence files on declarations (shared/attachments' Attachment); the bytes live in
-- the object store under object_key, made of ids only.
create table attachment (
    id              uuid primary key,
    owner_kind      text        not null check (owner_kind ~ '^[a-z]+$'),
    owner_id        uuid        not null,
    organisation_id uuid        not null,
    file_name       text        not null check (length(file_name) between 1 and 180),
    media_type      text        not null,
    size_bytes      bigint      not null check (size_bytes > 0),
    sha256          char(64)    not null,
    object_key      text        not null unique,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null
);
create index attachment_owner on attachment (owner_kind, owner_id, uploaded_at);
