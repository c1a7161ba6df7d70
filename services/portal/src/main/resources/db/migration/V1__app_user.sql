-- The portal's own user store: who may sign in, and what their token says about them.
create table app_user (
    id                uuid        primary key,
    -- Stored normalised (NFKC, trimmed, lower case) by the application, so a plain unique key is enough.
    username          text        not null unique,
    -- pbkdf2-sha256$<iterations>$<salt>$<hash>: self-describing so the work factor can be raised later.
    password_hash     text        not null,
    display_name      text        not null,
    -- A copy of the co-creation service's organisation, kept for the token; null for programme-wide roles.
    organisation_id   uuid,
    organisation_name text,
    roles             text[]      not null,
    created_at        timestamptz not null default now(),
    disabled          boolean     not null default false,
    constraint app_user_username_not_blank check (username <> ''),
    constraint app_user_has_role check (cardinality(roles) > 0),
    constraint app_user_organisation_named check ((organisation_id is null) = (organisation_name is null))
);
