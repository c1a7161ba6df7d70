-- The fund's view of the SDGs declaration registry, projected from declarations.declaration.events: one row per
-- declaration, its current status and term. An organisation with an active (registered, not lapsed or revoked)
-- declaration is eligible for the declarant bonus.
create table eligibility_declarant (
    declaration_id       text primary key,
    organisation_id      text        not null,
    registration_number  text        not null,
    status               text        not null,
    term_end_fiscal_year integer,
    changed_at           timestamptz not null
);
create index eligibility_declarant_organisation on eligibility_declarant (organisation_id);
