-- The tiny read model of shared/messaging's own integration tests: one row per handled approval, in handling order.
create table approval_ledger (
    seq             bigserial primary key,
    organisation_id text not null,
    name            text not null,
    event_id        text not null
);
