create table grant_payment (
    id             uuid primary key,
    application_id uuid        not null references grant_application (id),
    tranche        integer     not null,
    amount_yen     bigint      not null check (amount_yen > 0),
    paid_at        timestamptz not null,
    paid_by        text        not null,
    unique (application_id, tranche)
);
