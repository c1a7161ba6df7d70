-- An organisation's SDGs declaration as the declarations service's events describe it, for its public profile
-- (one row per organisation: its current declaration). Grants are achievements of kind GRANT_AWARDED.
create table organisation_declaration (
    organisation_id      uuid primary key,
    declaration_id       uuid        not null,
    registration_number  text        not null,
    status               text        not null,
    goals                integer[]   not null,
    term_end_fiscal_year integer     not null,
    public_reason        text,
    updated_at           timestamptz not null
);
